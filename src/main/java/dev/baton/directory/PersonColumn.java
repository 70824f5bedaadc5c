package dev.baton.directory;

/** The columns of the people sheet (or people CSV file). */
enum PersonColumn implements ImportColumn {

	LOGIN("login", true, "login / 账号", "login", "loginname", "account", "username", "userid", "id", "账号", "帐号", "登录名",
			"登录账号", "用户名"),
	NAME("name", true, "name / 姓名", "name", "displayname", "fullname", "姓名", "名字", "显示名"),
	EMAIL("email", false, "email / 邮箱", "email", "mail", "emailaddress", "邮箱", "电子邮箱", "电子邮件", "邮件"),
	PHONE("phone", false, "phone / 手机", "phone", "mobile", "mobilephone", "tel", "telephone", "手机", "手机号", "手机号码",
			"电话"),
	DEPARTMENT("department", false, "department / 部门", "department", "dept", "departmentid", "部门", "所属部门", "部门编号"),
	MANAGER("manager", false, "manager / 直属上级", "manager", "managerlogin", "directmanager", "reportsto", "直属上级", "直接上级",
			"上级", "汇报对象"),
	ROLES("roles", false, "roles / 角色", "roles", "role", "posts", "post", "角色", "岗位"),
	SYSTEM_ROLES("systemRoles", false, "system roles / 系统角色", "systemroles", "systemrole", "系统角色", "系统权限"),
	ACTIVE("active", false, "active / 在职", "active", "status", "employed", "在职", "是否在职", "状态"),
	PASSWORD("password", false, "password / 初始密码", "password", "initialpassword", "初始密码", "密码");

	private final Definition definition;

	PersonColumn(String field, boolean required, String label, String... headers) {
		this.definition = new Definition(field, required, label, headers);
	}

	@Override
	public Definition definition() {
		return definition;
	}

}
