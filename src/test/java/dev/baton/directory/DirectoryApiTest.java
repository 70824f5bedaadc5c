package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.support.BatonTest;

/**
 * The organisation over HTTP: everybody reads the org chart, administrators change it.
 * Every test rolls back (MockMvc runs in the test's thread and transaction), so the
 * shared demo organisation stays as it is.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DirectoryApiTest {

	@Autowired
	MockMvc http;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_employee_gets_403_on_every_admin_endpoint_and_changes_nothing() throws Exception {
		// given
		long people = count("baton_users");
		long departments = count("baton_departments");
		// when an employee calls each kind of admin endpoint
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				post("/api/admin/directory/departments").content("""
						{"id":"marketing","nameZh":"市场部","nameEn":"Marketing","parentId":"gm"}"""),
				put("/api/admin/directory/departments/sales").content("""
						{"nameZh":"销售部","nameEn":"Sales","parentId":null}"""),
				post("/api/admin/directory/roles").content("""
						{"id":"copywriter","nameZh":"文案","nameEn":"Copywriter"}"""),
				put("/api/admin/directory/roles/accountant").content("""
						{"nameZh":"会计","nameEn":"Accountant"}"""), post("/api/admin/directory/people").content("""
						{"id":"intruder","displayName":"入侵者","systemRoles":["admin"],"password":"password1"}"""),
				put("/api/admin/directory/people/zhangwei").content("""
						{"displayName":"张伟","systemRoles":["admin"]}"""),
				put("/api/admin/directory/people/lina/active").content("""
						{"active":false}"""), put("/api/admin/directory/people/admin/password").content("""
						{"password":"taken-over"}""") }) {
			http.perform(request.with(httpBasic("zhangwei", "demo")).contentType(MediaType.APPLICATION_JSON))
				// then each is refused
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("auth.forbidden"));
		}
		// and nothing changed
		assertThat(count("baton_users")).isEqualTo(people);
		assertThat(count("baton_departments")).isEqualTo(departments);
		assertThat(directory.person("zhangwei").orElseThrow().systemRoles()).containsExactly(SystemRole.EMPLOYEE);
		assertThat(directory.person("lina").orElseThrow().active()).isTrue();
	}

	@Test
	void every_logged_in_person_reads_the_org_chart_but_never_a_password_hash() throws Exception {
		// when an employee reads departments, roles, a search and one person
		String departments = http.perform(get("/api/directory/departments").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("gm"))
			.andExpect(jsonPath("$[?(@.id=='sales')].parentId").value(hasItem("gm")))
			.andExpect(jsonPath("$[?(@.id=='sales')].head.name").value(hasItem("李娜")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		http.perform(get("/api/directory/roles").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id=='finance-manager')].nameZh").value(hasItem("财务经理")));
		String people = http
			.perform(get("/api/directory/people").param("q", "zhou").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(containsInAnyOrder("zhouming", "zhouting")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String lina = http.perform(get("/api/directory/people/lina").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("李娜"))
			.andExpect(jsonPath("$.managerId").value("zhouming"))
			.andExpect(jsonPath("$.systemRoles").value(containsInAnyOrder("employee", "analyst")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// then no answer carries anything like a password
		assertThat(departments + people + lina).doesNotContain("$2a$", "$2b$", "password", "Hash");
	}

	@Test
	void people_who_left_are_found_only_when_asked_for() throws Exception {
		http.perform(get("/api/directory/people").param("q", "qianjun").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		http.perform(get("/api/directory/people").param("q", "qianjun")
			.param("includeLeft", "true")
			.with(httpBasic("zhangwei", "demo")))
			.andExpect(jsonPath("$[0].id").value("qianjun"))
			.andExpect(jsonPath("$[0].active").value(false));
	}

	@Test
	void people_are_found_by_department_and_by_role() throws Exception {
		// only the finance department's members, not the sales people
		String finance = http
			.perform(get("/api/directory/people").param("departmentId", "finance")
				.param("limit", "100")
				.with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finance).contains("\"wangfang\"", "\"zhaolei\"").doesNotContain("\"zhangwei\"");
		// only the holders of a role, together with the text search
		http.perform(get("/api/directory/people").param("roleId", "accountant")
			.param("q", "zhao")
			.with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("zhaolei"))
			.andExpect(jsonPath("$[?(@.id == 'wangfang')]").isEmpty());
	}

	@Test
	void the_org_chart_needs_a_login_and_an_unknown_person_is_a_404_problem() throws Exception {
		http.perform(get("/api/directory/departments")).andExpect(status().isUnauthorized());
		http.perform(get("/api/directory/people/nobody").with(httpBasic("zhangwei", "demo"))
			.header("Accept-Language", "en-US"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.person.notFound"))
			.andExpect(jsonPath("$.detail").value("There is no person \"nobody\"."));
	}

	@Test
	void an_administrator_creates_a_department_and_a_person_who_can_then_log_in() throws Exception {
		// when the administrator creates a department and a person with a first password
		admin(post("/api/admin/directory/departments"), """
				{"id":"marketing","nameZh":"市场部","nameEn":"Marketing","parentId":"gm"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("marketing"));
		admin(post("/api/admin/directory/people"), """
				{"id":"mali","displayName":"马丽","email":"mali@example.com","phone":"+86 138-0000-0099",
				 "departmentId":"marketing","managerId":"zhouming","roleIds":["department-head"],
				 "systemRoles":["designer"],"password":"first-password"}""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.systemRoles").value(containsInAnyOrder("employee", "designer")));
		admin(put("/api/admin/directory/departments/marketing"), """
				{"nameZh":"市场部","nameEn":"Marketing","parentId":"gm","headUserId":"mali"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.headUserId").value("mali"));
		// then the org chart shows them
		http.perform(get("/api/directory/departments").with(httpBasic("zhangwei", "demo")))
			.andExpect(jsonPath("$[?(@.id=='marketing')].head.name").value(hasItem("马丽")));
		assertThat(directory.groupIdsOf("mali")).containsExactly("marketing", "department-head");
		// and the new person logs in with the password the administrator set
		http.perform(get("/api/auth/session").with(httpBasic("mali", "first-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authenticated").value(true))
			.andExpect(jsonPath("$.user.id").value("mali"))
			.andExpect(jsonPath("$.user.systemRoles").value(containsInAnyOrder("employee", "designer")));
	}

	@Test
	void a_manager_cycle_is_refused_with_a_field_error() throws Exception {
		// given zhangwei reports to lina
		// when the administrator makes zhangwei lina's manager
		admin(put("/api/admin/directory/people/lina"), """
				{"displayName":"李娜","departmentId":"sales","managerId":"zhangwei",
				 "roleIds":["department-head"],"systemRoles":["analyst"]}""")
			// then the change is refused, naming the field
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.invalidFields"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("managerId"))
			.andExpect(jsonPath("$.errors[0].code").value("directory.manager.cycle"))
			.andExpect(jsonPath("$.errors[0].message").value("\"zhangwei\" already reports to this person, "
					+ "directly or through others; managers cannot go round in a circle."));
		// and lina still reports to zhouming
		assertThat(directory.person("lina").orElseThrow().managerId()).isEqualTo("zhouming");
	}

	@Test
	void a_department_cannot_move_below_itself() throws Exception {
		// given marketing below sales
		admin(post("/api/admin/directory/departments"), """
				{"id":"inside-sales","nameZh":"内销","nameEn":"Inside sales","parentId":"sales"}""")
			.andExpect(status().isCreated());
		// when sales is moved below it
		admin(put("/api/admin/directory/departments/sales"), """
				{"nameZh":"销售部","nameEn":"Sales","parentId":"inside-sales","headUserId":"lina"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].code").value("directory.department.cycle"));
	}

	@Test
	void every_bad_field_of_a_new_person_is_listed_at_once() throws Exception {
		admin(post("/api/admin/directory/people"), """
				{"id":"Li Si","displayName":" ","email":"not-an-email","departmentId":"nowhere",
				 "managerId":"nobody","roleIds":["astronaut"],"password":"short"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("id", "displayName", "email",
					"departmentId", "managerId", "roleIds", "password")));
		admin(post("/api/admin/directory/people"), """
				{"id":"lisi","displayName":"李四","systemRoles":["superuser"]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("systemRoles"))
			.andExpect(jsonPath("$.errors[0].code").value("directory.systemRole.unknown"));
	}

	@Test
	void a_taken_id_is_a_conflict_and_a_department_id_cannot_be_a_role_id() throws Exception {
		admin(post("/api/admin/directory/people"), """
				{"id":"lina","displayName":"另一个李娜"}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("directory.id.taken"))
			.andExpect(jsonPath("$.detail").value("\"lina\" already exists."))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		admin(post("/api/admin/directory/departments"), """
				{"id":"purchaser","nameZh":"采购","nameEn":"Purchasing","parentId":"gm"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].code").value("directory.id.takenByRole"));
		admin(post("/api/admin/directory/roles"), """
				{"id":"sales","nameZh":"销售","nameEn":"Sales"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("directory.id.takenByDepartment"));
	}

	@Test
	void changing_something_that_does_not_exist_is_a_404() throws Exception {
		admin(put("/api/admin/directory/people/nobody"), """
				{"displayName":"无名"}""").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.person.notFound"));
		admin(put("/api/admin/directory/departments/nowhere"), """
				{"nameZh":"无","nameEn":"None"}""").andExpect(status().isNotFound());
		admin(put("/api/admin/directory/roles/astronaut"), """
				{"nameZh":"宇航员","nameEn":"Astronaut"}""").andExpect(status().isNotFound());
	}

	@Test
	void a_person_who_leaves_cannot_log_in_until_they_are_back() throws Exception {
		// when lina leaves
		admin(put("/api/admin/directory/people/lina/active"), """
				{"active":false}""").andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		// then she can no longer log in
		http.perform(get("/api/auth/session").with(httpBasic("lina", "demo"))).andExpect(status().isUnauthorized());
		// and when she is back, she can
		admin(put("/api/admin/directory/people/lina/active"), """
				{"active":true}""").andExpect(jsonPath("$.active").value(true));
		http.perform(get("/api/auth/session").with(httpBasic("lina", "demo")))
			.andExpect(jsonPath("$.authenticated").value(true));
	}

	@Test
	void an_administrator_resets_a_forgotten_password() throws Exception {
		// when
		admin(put("/api/admin/directory/people/zhangwei/password"), """
				{"password":"a-new-secret"}""").andExpect(status().isNoContent());
		// then the new password works and the old one does not
		http.perform(get("/api/auth/session").with(httpBasic("zhangwei", "a-new-secret")))
			.andExpect(jsonPath("$.user.id").value("zhangwei"));
		http.perform(get("/api/auth/session").with(httpBasic("zhangwei", "demo"))).andExpect(status().isUnauthorized());
		// and a too short one is refused
		admin(put("/api/admin/directory/people/zhangwei/password"), """
				{"password":"short"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void the_last_active_administrator_cannot_leave_or_lose_the_role() throws Exception {
		admin(put("/api/admin/directory/people/admin/active"), """
				{"active":false}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("directory.lastAdministrator"));
		admin(put("/api/admin/directory/people/admin"), """
				{"displayName":"系统管理员","departmentId":"it","managerId":"xuhao","systemRoles":[]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("systemRoles"));
	}

	@Test
	void problems_are_in_chinese_by_default() throws Exception {
		http.perform(put("/api/admin/directory/people/lina").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName":"李娜","managerId":"lina"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("部分字段填写有误。"))
			.andExpect(jsonPath("$.errors[0].message").value("不能把自己设为直属上级。"));
	}

	@Test
	void the_directory_api_is_described_in_the_openapi_document() throws Exception {
		http.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/directory/people'].get").exists())
			.andExpect(jsonPath("$.paths['/api/admin/directory/people/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/admin/directory/import'].post").exists());
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, String json) throws Exception {
		return http.perform(request.with(httpBasic("admin", "demo"))
			.header("Accept-Language", "en-US")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
