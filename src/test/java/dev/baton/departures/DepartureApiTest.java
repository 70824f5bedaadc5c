package dev.baton.departures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.Directory;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone leaves (离职交接) over HTTP: the administrator sees what depends on the leaver and
 * hands it to a successor in one step. Every test rolls back, so the demo organisation
 * stays as it is for the other tests.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DepartureApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	BatonApi api;

	String leaveApproval;

	@BeforeEach
	void zhangwei_asks_for_a_day_off_and_it_waits_for_his_manager_lina() throws Exception {
		api = new BatonApi(mvc);
		String requestId = api.start("zhangwei", "leave-request", leave());
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(requestId).singleResult();
		assertThat(task.getAssignee()).isEqualTo("lina");
		leaveApproval = task.getId();
	}

	@Test
	void the_administrator_sees_what_still_depends_on_a_manager_who_leaves() throws Exception {
		// when the administrator asks what depends on lina
		JsonNode impact = api.get("admin", "/api/admin/people/lina/departure");
		// then her open approval, her reports and the department she heads are listed
		assertThat(BatonApi.texts(impact.path("tasks"), "taskId")).contains(leaveApproval);
		assertThat(BatonApi.texts(impact.path("reports"), "id")).contains("zhangwei", "liuyang");
		assertThat(BatonApi.texts(impact.path("headOf"), "id")).containsExactly("sales");
		assertThat(impact.path("person").path("name").asText()).isEqualTo("李娜");
	}

	@Test
	void leaving_without_a_successor_is_refused_naming_the_field_and_changes_nothing() throws Exception {
		// when the administrator marks lina as left without naming a successor
		api.post("admin", "/api/admin/people/lina/departure", Map.of("comment", "离职"))
			// then it is refused, naming the successor field in Chinese
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("successor"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("交接人")));
		// and lina still works, with her task
		assertThat(directory.person("lina").orElseThrow().active()).isTrue();
		assertThat(taskService.createTaskQuery().taskId(leaveApproval).singleResult().getAssignee()).isEqualTo("lina");
	}

	@Test
	void a_successor_who_has_left_or_is_the_leaver_is_refused() throws Exception {
		api.post("admin", "/api/admin/people/lina/departure", Map.of("successor", "qianjun"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("successor"));
		api.post("admin", "/api/admin/people/lina/departure", Map.of("successor", "lina"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("successor"));
		assertThat(directory.person("lina").orElseThrow().active()).isTrue();
	}

	@Test
	void the_hand_over_moves_tasks_reports_and_headship_to_the_successor_and_marks_the_leaver_as_left()
			throws Exception {
		// when lina leaves and zhouming takes over
		JsonNode done = BatonApi.body(api
			.post("admin", "/api/admin/people/lina/departure", Map.of("successor", "zhouming", "comment", "李娜离职"))
			.andExpect(status().isOk()));
		// then her approval is zhouming's, recorded as a transfer by the administrator
		assertThat(done.path("tasks").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(taskService.createTaskQuery().taskId(leaveApproval).singleResult().getAssignee())
			.isEqualTo("zhouming");
		Map<String, Object> transfer = jdbc.queryForMap(
				"SELECT actor_id, target_id, comment_text FROM baton_approval_ledger WHERE task_id = ? AND decision = 'transfer'",
				leaveApproval);
		assertThat(transfer).containsEntry("ACTOR_ID", "admin")
			.containsEntry("TARGET_ID", "zhouming")
			.containsEntry("COMMENT_TEXT", "李娜离职");
		// and zhouming sees it in his inbox
		assertThat(BatonApi.texts(api.get("zhouming", "/api/tasks").path("items"), "id")).contains(leaveApproval);
		// and her reports now report to zhouming, who heads Sales
		assertThat(directory.person("zhangwei").orElseThrow().managerId()).isEqualTo("zhouming");
		assertThat(directory.department("sales").orElseThrow().headUserId()).isEqualTo("zhouming");
		// and she has left
		assertThat(directory.person("lina").orElseThrow().active()).isFalse();
		// and nothing depends on her any more
		JsonNode after = api.get("admin", "/api/admin/people/lina/departure");
		assertThat(after.path("tasks")).isEmpty();
		assertThat(after.path("reports")).isEmpty();
		assertThat(after.path("headOf")).isEmpty();
	}

	@Test
	void the_only_holder_of_a_role_an_approver_rule_asks_for_hands_the_role_to_the_successor() throws Exception {
		// given wangfang is the only finance manager, whom the purchase request asks
		JsonNode impact = api.get("admin", "/api/admin/people/wangfang/departure");
		assertThat(BatonApi.texts(impact.path("soleRoles"), "id")).containsExactly("finance-manager");
		// when she leaves and zhaolei takes over
		api.post("admin", "/api/admin/people/wangfang/departure", Map.of("successor", "zhaolei"))
			.andExpect(status().isOk());
		// then zhaolei is the finance manager
		assertThat(directory.holdersOf("finance-manager")).extracting(person -> person.id()).containsExactly("zhaolei");
	}

	@Test
	void taking_the_last_finance_manager_s_role_away_is_warned_about_before_saving() throws Exception {
		// when the administrator checks wangfang's roles without finance-manager
		JsonNode without = BatonApi.body(api
			.post("admin", "/api/admin/people/wangfang/departure/role-check", Map.of("roleIds", java.util.List.of()))
			.andExpect(status().isOk()));
		// then the role the purchase request asks for is named
		assertThat(BatonApi.texts(without, "id")).containsExactly("finance-manager");
		// and keeping it warns of nothing
		JsonNode with = BatonApi.body(api.post("admin", "/api/admin/people/wangfang/departure/role-check",
				Map.of("roleIds", java.util.List.of("finance-manager")))
			.andExpect(status().isOk()));
		assertThat(with).isEmpty();
	}

	@Test
	void someone_who_holds_nothing_leaves_without_a_successor() throws Exception {
		// when yangxue, who holds no task and manages nobody, leaves
		api.post("admin", "/api/admin/people/yangxue/departure", Map.of()).andExpect(status().isOk());
		// then she has left
		assertThat(directory.person("yangxue").orElseThrow().active()).isFalse();
	}

	@Test
	void an_employee_may_neither_read_nor_perform_a_departure() throws Exception {
		api.as("zhangwei", MockMvcRequestBuilders.get("/api/admin/people/lina/departure"))
			.andExpect(status().isForbidden());
		api.post("zhangwei", "/api/admin/people/lina/departure", Map.of("successor", "zhangwei"))
			.andExpect(status().isForbidden());
		assertThat(directory.person("lina").orElseThrow().active()).isTrue();
	}

	private static Map<String, Object> leave() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("leaveType", "annual");
		values.put("startDate", "2030-05-06");
		values.put("endDate", "2030-05-06");
		values.put("days", 1);
		values.put("reason", "家事");
		return values;
	}

}
