package dev.baton.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts leave and purchase requests through the API, reads what people were told about
 * them, and removes what the tests told anyone (the test database is shared).
 */
final class NotificationFixture {

	private final BatonApi api;

	private final TaskService tasks;

	private final JdbcTemplate jdbc;

	private final List<String> requests = new ArrayList<>();

	private final List<String> people = new ArrayList<>();

	NotificationFixture(BatonApi api, TaskService tasks, JdbcTemplate jdbc) {
		this.api = api;
		this.tasks = tasks;
		this.jdbc = jdbc;
	}

	String leave(String employee, double days) throws Exception {
		return started(api.start(employee, "leave-request", Map.of("leaveType", "annual", "startDate", "2030-05-06",
				"endDate", "2030-05-10", "days", days, "reason", "探亲 Family visit")));
	}

	/** A purchase of 185 yuan: small enough for the department head alone. */
	String purchase(String employee) throws Exception {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", "办公用品采购 Office supplies");
		data.put("reason", "新员工入职 New hires");
		data.put("neededBy", "2030-01-15");
		data.put("items", List.of(Map.of("name", "笔记本 Notebooks", "quantity", 10, "unitPrice", 12.5),
				Map.of("name", "签字笔 Pens", "quantity", 20, "unitPrice", 3)));
		data.put("total", 185.0);
		return started(api.start(employee, "purchase-request", data));
	}

	private String started(String requestId) {
		requests.add(requestId);
		return requestId;
	}

	/** The request's one open task. */
	Task openTask(String requestId) {
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(requestId).list();
		if (open.size() != 1) {
			throw new AssertionError("expected one open task of " + requestId + ", found " + open);
		}
		return open.get(0);
	}

	/** What the person's list shows about the request, newest first. */
	List<JsonNode> toldAbout(String person, String requestId) throws Exception {
		List<JsonNode> told = new ArrayList<>();
		api.get(person, "/api/notifications", "size", "100").path("items").forEach(item -> {
			if (requestId.equals(item.path("requestId").asText())) {
				told.add(item);
			}
		});
		return told;
	}

	/** The kinds of what the person was told about the request, newest first. */
	List<String> kindsFor(String person, String requestId) throws Exception {
		return toldAbout(person, requestId).stream().map(item -> item.path("kind").asText()).toList();
	}

	/** A person whose preferences a test changes: reset afterwards. */
	void changesPreferencesOf(String person) {
		people.add(person);
	}

	/**
	 * Removes the notifications about the tests' requests and the changed preferences.
	 */
	void cleanUp() {
		for (String request : requests) {
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", request);
		}
		for (String person : people) {
			jdbc.update("DELETE FROM baton_notification_preference WHERE user_id = ?", person);
		}
	}

}
