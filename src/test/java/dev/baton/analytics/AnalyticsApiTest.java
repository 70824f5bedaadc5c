package dev.baton.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analytics API on a small history made in the test: five leave requests started and
 * decided through the API, then moved to March 2011 (a month no other test uses) with
 * known times, so that every figure can be worked out by hand.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnalyticsApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final long HOUR = Duration.ofHours(1).toMillis();

	@Autowired
	MockMvc http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	BatonApi api;

	final List<String> requests = new ArrayList<>();

	String approved;

	String rejectedQuickly;

	String rejectedSlowly;

	String withdrawn;

	String open;

	@BeforeEach
	void aSmallHistory() throws Exception {
		api = new BatonApi(http);
		// approved: lina approves, zhouting records it
		approved = leave("zhangwei");
		api.decide("lina", openTask(approved).getId(), "approve", "同意", Map.of());
		api.decide("zhouting", openTask(approved).getId(), "approve", "已录入", Map.of("recorded", true));
		rejectedQuickly = leave("liuyang");
		api.decide("lina", openTask(rejectedQuickly).getId(), "reject", "项目关键期", Map.of());
		rejectedSlowly = leave("zhangwei");
		api.decide("lina", openTask(rejectedSlowly).getId(), "reject", "人手不足", Map.of());
		withdrawn = leave("zhangwei");
		api.post("zhangwei", "/api/requests/" + withdrawn + "/withdraw", Map.of("comment", "不休了"))
			.andExpect(status().isOk());
		open = leave("liuyang");

		// the requests' times, in the company's time zone (Asia/Shanghai)
		times(approved, "2011-03-01T10:00", "2011-03-03T10:00"); // 48 h
		times(rejectedQuickly, "2011-03-02T10:00", "2011-03-02T16:00"); // 6 h
		times(rejectedSlowly, "2011-03-02T10:00", "2011-03-05T10:00"); // 72 h
		times(withdrawn, "2011-03-04T10:00", "2011-03-04T11:00");
		times(open, "2011-03-05T10:00", null);
		// the steps' times: the manager took 1 h, 6 h and 3 h; HR 47 h
		step(approved, "Task_ManagerApproval", "2011-03-01T10:00", 1);
		step(rejectedQuickly, "Task_ManagerApproval", "2011-03-02T10:00", 6);
		step(rejectedSlowly, "Task_ManagerApproval", "2011-03-02T10:00", 3);
		step(approved, "Task_HrRecord", "2011-03-01T11:00", 47);
		// the withdrawn request's step ended in March too, but was not completed
		step(withdrawn, "Task_ManagerApproval", "2011-03-04T10:00", 1);
	}

	/**
	 * Removes the test's requests as the demo removal does (the shared test database
	 * would otherwise count them again), with what people were told about them.
	 */
	@AfterEach
	void cleanUp() {
		for (String request : requests) {
			String instance = jdbc.queryForObject("SELECT process_instance_id FROM baton_request WHERE id = ?",
					String.class, request);
			if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
				runtime.deleteProcessInstance(instance, "analytics test");
			}
			history.deleteHistoricProcessInstanceIfExists(instance);
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", request);
			for (String table : List.of("baton_request_participant", "baton_request_cc", "baton_request_mention",
					"baton_request_idempotency_key")) {
				jdbc.update("DELETE FROM " + table + " WHERE request_id = ?", request);
			}
			jdbc.update("DELETE FROM baton_request WHERE id = ?", request);
		}
	}

	@Test
	void an_analyst_sees_each_outcome_counted_and_the_cycle_time_of_the_decided_requests() throws Exception {
		// when zhouming, the general manager, asks about leave in March 2011 by week
		JsonNode overview = api.get("zhouming", "/api/analytics/overview", "from", "2011-03-01", "to", "2011-03-31",
				"processKey", "leave-request", "bucket", "week");
		// then five were started, one approved, two rejected, one withdrawn, one is open
		JsonNode leave = overview.path("processes").get(0);
		assertThat(overview.path("processes")).hasSize(1);
		assertThat(leave.path("processKey").asText()).isEqualTo("leave-request");
		assertThat(leave.path("started").asInt()).isEqualTo(5);
		assertThat(leave.path("finished").asInt()).isEqualTo(4);
		assertThat(leave.path("approved").asInt()).isEqualTo(1);
		assertThat(leave.path("rejected").asInt()).isEqualTo(2);
		assertThat(leave.path("withdrawn").asInt()).isEqualTo(1);
		assertThat(leave.path("cancelled").asInt()).isZero();
		assertThat(leave.path("open").asInt()).isEqualTo(1);
		// and the cycle time is over the decided ones, 48 h, 6 h and 72 h: average
		// (48 + 6 + 72) / 3 = 42 h, median 48 h, P90 and P95 the longest, 72 h
		JsonNode cycle = leave.path("cycleTime");
		assertThat(cycle.path("count").asInt()).isEqualTo(3);
		assertThat(cycle.path("averageMs").asLong()).isEqualTo(42 * HOUR);
		assertThat(cycle.path("medianMs").asLong()).isEqualTo(48 * HOUR);
		assertThat(cycle.path("p90Ms").asLong()).isEqualTo(72 * HOUR);
		assertThat(cycle.path("p95Ms").asLong()).isEqualTo(72 * HOUR);
		assertThat(overview.path("total").path("started").asInt()).isEqualTo(5);
		// and the weeks begin on Mondays: all five started and four ended in the first
		assertThat(BatonApi.texts(overview.path("trend"), "date")).containsExactly("2011-02-28", "2011-03-07",
				"2011-03-14", "2011-03-21", "2011-03-28");
		assertThat(overview.path("trend").get(0).path("started").asInt()).isEqualTo(5);
		assertThat(overview.path("trend").get(0).path("finished").asInt()).isEqualTo(4);
		assertThat(overview.path("trend").get(1).path("started").asInt()).isZero();
	}

	@Test
	void a_shorter_period_counts_only_what_happened_in_it() throws Exception {
		// when an administrator asks about 2 March 2011 alone, by day
		JsonNode overview = api.get("admin", "/api/analytics/overview", "from", "2011-03-02", "to", "2011-03-02",
				"processKey", "leave-request");
		// then two were started that day and one was rejected, after 6 h
		JsonNode leave = overview.path("processes").get(0);
		assertThat(leave.path("started").asInt()).isEqualTo(2);
		assertThat(leave.path("finished").asInt()).isEqualTo(1);
		assertThat(leave.path("rejected").asInt()).isEqualTo(1);
		assertThat(leave.path("open").asInt()).isZero();
		assertThat(leave.path("cycleTime").path("medianMs").asLong()).isEqualTo(6 * HOUR);
		assertThat(BatonApi.texts(overview.path("trend"), "date")).containsExactly("2011-03-02");
		// when the same day is asked about for purchases, then nothing happened
		JsonNode purchases = api.get("admin", "/api/analytics/overview", "from", "2011-03-02", "to", "2011-03-02",
				"processKey", "purchase-request");
		assertThat(purchases.path("processes")).isEmpty();
		assertThat(purchases.path("total").path("started").asInt()).isZero();
	}

	@Test
	void each_step_has_its_count_median_and_p90() throws Exception {
		// when the general manager asks about the leave request's steps in March 2011
		JsonNode steps = api.get("zhouming", "/api/analytics/steps", "processKey", "leave-request", "from",
				"2011-03-01", "to", "2011-03-31");
		// then the manager's approval was completed three times, 1 h, 6 h and 3 h: median
		// 3 h, P90 6 h; the withdrawn request's step does not count
		JsonNode manager = step(steps, "Task_ManagerApproval");
		assertThat(manager.path("name").asText()).isEqualTo("直属上级审批");
		assertThat(manager.path("count").asInt()).isEqualTo(3);
		assertThat(manager.path("medianMs").asLong()).isEqualTo(3 * HOUR);
		assertThat(manager.path("p90Ms").asLong()).isEqualTo(6 * HOUR);
		assertThat(manager.path("averageMs").asLong()).isEqualTo(Math.round(10.0 / 3 * HOUR));
		// and HR recorded once, after 47 h
		JsonNode hr = step(steps, "Task_HrRecord");
		assertThat(hr.path("count").asInt()).isEqualTo(1);
		assertThat(hr.path("medianMs").asLong()).isEqualTo(47 * HOUR);
		assertThat(steps).hasSize(2);
	}

	@Test
	void bad_parameters_are_named_in_the_callers_language() throws Exception {
		// when a month that does not exist is asked for, then 400 names "from" in Chinese
		api.as("zhouming", get("/api/analytics/overview").param("from", "2011-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写形如 2026-01-31 的日期。"));
		// when the period is backwards and grouped by year, then both are named, in
		// English
		api.in("en-US")
			.as("zhouming",
					get("/api/analytics/overview").param("from", "2011-03-31")
						.param("to", "2011-03-01")
						.param("bucket", "year"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("The first day must not be after the last."))
			.andExpect(jsonPath("$.errors[1].field").value("bucket"));
		// when a period of ten years or a strange process key is asked for, then 400
		api.as("zhouming", get("/api/analytics/overview").param("from", "2001-01-01").param("to", "2011-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		api.as("zhouming", get("/api/analytics/overview").param("processKey", "x' OR 1=1 --"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("processKey"));
		// when the steps are asked for without a process, then 400 names it
		api.as("zhouming", get("/api/analytics/steps"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("processKey"))
			.andExpect(jsonPath("$.errors[0].message").value("请选择一个流程。"));
	}

	@Test
	void only_analysts_and_administrators_see_analytics() throws Exception {
		// when an employee or a designer asks, then 403
		api.as("zhangwei", get("/api/analytics/overview")).andExpect(status().isForbidden());
		api.as("designer", get("/api/analytics/steps").param("processKey", "leave-request"))
			.andExpect(status().isForbidden());
		// when lina, an analyst, asks about the last 30 days, then 200 with today's
		// period
		JsonNode overview = api.get("lina", "/api/analytics/overview");
		assertThat(overview.path("to").asText()).isEqualTo(java.time.LocalDate.now(SHANGHAI).toString());
		assertThat(overview.path("trend")).hasSize(30);
	}

	private String leave(String employee) throws Exception {
		String id = api.start(employee, "leave-request", Map.of("leaveType", "annual", "startDate", "2030-05-06",
				"endDate", "2030-05-06", "days", 1, "reason", "探亲 Family visit"));
		requests.add(id);
		return id;
	}

	private Task openTask(String requestId) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(requestId).list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	private void times(String requestId, String started, String ended) {
		jdbc.update("UPDATE baton_request SET started_at = ?, ended_at = ? WHERE id = ?", at(started),
				ended == null ? null : at(ended), requestId);
	}

	private void step(String requestId, String stepKey, String started, int hours) {
		String instance = jdbc.queryForObject("SELECT process_instance_id FROM baton_request WHERE id = ?",
				String.class, requestId);
		Timestamp start = at(started);
		int changed = jdbc.update(
				"UPDATE ACT_HI_TASKINST SET START_TIME_ = ?, END_TIME_ = ?, DURATION_ = ?"
						+ " WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = ?",
				start, new Timestamp(start.getTime() + hours * HOUR), hours * HOUR, instance, stepKey);
		assertThat(changed).isEqualTo(1);
	}

	private static Timestamp at(String localTime) {
		return Timestamp.from(LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant());
	}

	private static JsonNode step(JsonNode steps, String key) {
		for (JsonNode step : steps) {
			if (key.equals(step.path("stepKey").asText())) {
				return step;
			}
		}
		throw new AssertionError("no step " + key + " in " + steps);
	}

}
