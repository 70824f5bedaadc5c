package dev.baton.directory;

/** The columns of the departments sheet (or departments CSV file). */
enum DepartmentColumn implements ImportColumn {

	ID("id", true, "id / 编号", "id", "departmentid", "code", "编号", "部门编号", "部门id", "代码"),
	NAME("name", true, "name / 名称", "name", "namezh", "chinesename", "名称", "部门名称", "中文名称", "中文名"),
	NAME_EN("nameEn", false, "name_en / 英文名称", "nameen", "englishname", "英文名称", "英文名"),
	PARENT("parent", false, "parent / 上级部门", "parent", "parentid", "parentdepartment", "上级部门", "上级"),
	HEAD("head", false, "head / 负责人", "head", "headlogin", "负责人", "部门负责人"),
	SORT("sortOrder", false, "sort / 排序", "sort", "sortorder", "order", "排序", "顺序");

	private final Definition definition;

	DepartmentColumn(String field, boolean required, String label, String... headers) {
		this.definition = new Definition(field, required, label, headers);
	}

	@Override
	public Definition definition() {
		return definition;
	}

}
