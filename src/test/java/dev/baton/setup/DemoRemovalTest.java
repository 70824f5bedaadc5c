package dev.baton.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.baton.support.BatonInstance;
import dev.baton.support.H2FileDatabase;
import dev.baton.support.Http;
import dev.baton.support.LeaveRequests;
import dev.baton.support.TestDatabase;

/**
 * Removing the demo organisation, on a Baton and database of its own (every other test
 * relies on the demo company). The steps build on each other, in order: refused without
 * confirmation, to employees and while a newcomer's request waits on a demo person; then
 * done, and what is gone and what stays.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoRemovalTest {

	private static final String NEWBIE_PASSWORD = "Newbie-2026!";

	TestDatabase database;

	ConfigurableApplicationContext baton;

	JdbcTemplate jdbc;

	Http http;

	String demoRequest;

	String demoInstance;

	String newcomersRequest;

	@BeforeAll
	void startBaton() {
		database = new H2FileDatabase();
		baton = BatonInstance.start(database, Map.of("baton.demo.enabled", "true"));
		jdbc = baton.getBean(JdbcTemplate.class);
		http = new Http(((WebServerApplicationContext) baton).getWebServer().getPort());
		// a demo employee's leave request, waiting for lina
		demoRequest = LeaveRequests.start(http, "zhangwei", 2);
		demoInstance = jdbc.queryForObject("SELECT process_instance_id FROM baton_request WHERE id = ?", String.class,
				demoRequest);
		// the company's first own person, in the demo's sales department
		assertThat(send("POST", "/api/admin/directory/people", "admin",
				"{\"id\":\"newbie\",\"displayName\":\"新人\",\"departmentId\":\"sales\",\"password\":\"" + NEWBIE_PASSWORD
						+ "\"}")
			.statusCode()).isEqualTo(201);
		// who has since chosen their own password (the first-login change is not this
		// test's subject)
		jdbc.update("UPDATE baton_users SET must_change_password = FALSE WHERE id = 'newbie'");
	}

	@AfterAll
	void stopBaton() {
		baton.close();
		database.close();
	}

	@Test
	@Order(1)
	void given_no_confirmation_when_the_admin_removes_the_demo_then_it_is_refused_naming_the_field() {
		HttpResponse<String> response = send("POST", "/api/admin/setup/demo/removal", "admin", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field")).containsExactly("confirm");
		assertThat(people()).contains("zhangwei");
	}

	@Test
	@Order(2)
	void given_an_employee_when_they_remove_the_demo_then_it_is_forbidden() {
		assertThat(send("POST", "/api/admin/setup/demo/removal", "zhangwei", "{\"confirm\":true}").statusCode())
			.isEqualTo(403);
		assertThat(people()).contains("zhangwei");
	}

	@Test
	@Order(3)
	void given_a_newcomers_request_waiting_on_a_demo_person_when_the_admin_removes_the_demo_then_it_is_refused_naming_the_request() {
		// given newbie's leave request waits for lina, head of sales
		HttpResponse<String> started = send("POST", "/api/requests", "newbie",
				"{\"processKey\":\"leave-request\",\"data\":{\"leaveType\":\"annual\",\"startDate\":\"2030-05-06\","
						+ "\"endDate\":\"2030-05-06\",\"days\":1,\"reason\":\"家事\"}}",
				NEWBIE_PASSWORD);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		newcomersRequest = JsonPath.read(started.body(), "$.id");
		// when
		HttpResponse<String> response = send("POST", "/api/admin/setup/demo/removal", "admin", "{\"confirm\":true}");
		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.requests")).containsExactly(newcomersRequest);
		assertThat(response.body()).contains(newcomersRequest);
		assertThat(people()).contains("zhangwei", "lina");
		// and the preview says the same before anybody clicks
		HttpResponse<String> preview = send("GET", "/api/admin/setup/demo", "admin", null);
		assertThat(JsonPath.<List<String>>read(preview.body(), "$.blockingRequests")).containsExactly(newcomersRequest);
		assertThat(JsonPath.<String>read(preview.body(), "$.kept")).isEqualTo("admin");
	}

	@Test
	@Order(4)
	void given_the_newcomer_withdrew_when_the_admin_confirms_then_the_demo_people_and_their_requests_are_gone() {
		// given
		assertThat(send("POST", "/api/requests/" + newcomersRequest + "/withdraw", "newbie", "{}", NEWBIE_PASSWORD)
			.statusCode()).isEqualTo(200);
		int ledgerRows = count("SELECT COUNT(*) FROM baton_approval_ledger WHERE process_instance_id = ?",
				demoInstance);
		// when
		HttpResponse<String> response = send("POST", "/api/admin/setup/demo/removal", "admin", "{\"confirm\":true}");
		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.requests")).containsExactly(demoRequest);
		assertThat(JsonPath.<List<String>>read(response.body(), "$.people")).contains("zhangwei", "lina", "qianjun")
			.doesNotContain("admin", "newbie");
		assertThat(people()).containsExactlyInAnyOrder("admin", "newbie");
		assertThat(count("SELECT COUNT(*) FROM baton_request WHERE id = ?", demoRequest)).isZero();
		assertThat(count("SELECT COUNT(*) FROM baton_request_participant WHERE request_id = ?", demoRequest)).isZero();
		assertThat(count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?", demoInstance)).isZero();
		assertThat(count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ?", demoInstance)).isZero();
		assertThat(count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ?", demoInstance)).isZero();
		assertThat(count("SELECT COUNT(*) FROM baton_inbox_task WHERE process_instance_id = ?", demoInstance)).isZero();
		// and the ledger keeps its rows, plus who removed the request
		assertThat(count("SELECT COUNT(*) FROM baton_approval_ledger WHERE process_instance_id = ?", demoInstance))
			.isEqualTo(ledgerRows + 1);
		assertThat(
				jdbc.queryForMap("SELECT actor_id, decision FROM baton_approval_ledger WHERE process_instance_id = ? "
						+ "ORDER BY id DESC LIMIT 1", demoInstance))
			.containsEntry("ACTOR_ID", "admin")
			.containsEntry("DECISION", DemoRemoval.DECISION);
		// and the newcomer's own request stays
		assertThat(count("SELECT COUNT(*) FROM baton_request WHERE id = ?", newcomersRequest)).isEqualTo(1);
	}

	@Test
	@Order(5)
	void given_the_demo_was_removed_then_the_admin_still_works_and_departments_in_use_stay() {
		assertThat(send("GET", "/api/admin/setup", "admin", null).statusCode()).isEqualTo(200);
		// sales keeps the newcomer, and so its place in the tree below general management
		assertThat(jdbc.queryForList("SELECT id FROM baton_departments", String.class)).containsExactlyInAnyOrder("gm",
				"sales");
		assertThat(jdbc.queryForObject("SELECT head_user_id FROM baton_departments WHERE id = 'sales'", String.class))
			.isNull();
		assertThat(jdbc.queryForMap("SELECT department_id, manager_id FROM baton_users WHERE id = 'admin'"))
			.containsEntry("DEPARTMENT_ID", null)
			.containsEntry("MANAGER_ID", null);
		assertThat(count("SELECT COUNT(*) FROM baton_roles", null)).isZero();
		assertThat(count(
				"SELECT COUNT(*) FROM baton_user_system_roles WHERE user_id = 'admin' AND system_role = 'ADMIN'", null))
			.isEqualTo(1);
		// and the organisation item of the checklist is done
		HttpResponse<String> checklist = send("GET", "/api/admin/setup", "admin", null);
		assertThat(JsonPath.<List<Boolean>>read(checklist.body(), "$.items[?(@.id == 'organisation')].done"))
			.containsExactly(true);
		// and removing again says so
		assertThat(send("POST", "/api/admin/setup/demo/removal", "admin", "{\"confirm\":true}").statusCode())
			.isEqualTo(409);
	}

	private List<String> people() {
		return jdbc.queryForList("SELECT id FROM baton_users", String.class);
	}

	private int count(String sql, String argument) {
		Integer count = argument == null ? jdbc.queryForObject(sql, Integer.class)
				: jdbc.queryForObject(sql, Integer.class, argument);
		return count == null ? 0 : count;
	}

	private HttpResponse<String> send(String method, String path, String user, String json) {
		return send(method, path, user, json, "demo");
	}

	private HttpResponse<String> send(String method, String path, String user, String json, String password) {
		var request = http.request(path, user, password)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en-US");
		return http.send(json == null ? request.GET() : request.method(method, Http.json(json)));
	}

}
