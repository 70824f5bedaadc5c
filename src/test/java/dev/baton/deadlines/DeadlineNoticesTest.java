package dev.baton.deadlines;

import static dev.baton.deadlines.DeadlineProcesses.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the deadline rule does reaches its people as notifications: the approver hears
 * that the task is due soon and overdue, the manager that it was escalated, and a manager
 * who was only told may read the request the notification opens.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlineNoticesTest {

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	DeadlineRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc http;

	DeadlineProcesses processes;

	ProcessInstance instance;

	@BeforeEach
	void processes() {
		processes = new DeadlineProcesses(publisher, runtime, tasks, identity);
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		if (instance != null) {
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", instance.getBusinessKey());
			if (!processes.ended(instance)) {
				runtime.deleteProcessInstance(instance.getId(), "test over");
			}
		}
	}

	@Test
	void the_approver_hears_that_the_task_is_due_soon_and_then_that_it_is_overdue() {
		// given a step due in 1 working day reminding 2 hours before, opened Monday
		// 2025-11-10 10:00 for gaojian
		String key = processes.publish("due", "1d", "remind-before", "2", "remind-overdue", "once");
		instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 10, 0));
		Task task = processes.theTask(instance);
		// when the runner runs two hours before and at the due time
		runner.runDue(shanghai(2025, 11, 11, 8, 0));
		runner.runDue(shanghai(2025, 11, 11, 10, 0));
		// then gaojian, told of the new task, has two more notifications that open it,
		// and
		// nobody else any
		assertThat(notices()).containsExactly(notice("gaojian", "TASK_ASSIGNED", "/tasks/" + task.getId()),
				notice("gaojian", "DUE_SOON", "/tasks/" + task.getId()),
				notice("gaojian", "OVERDUE", "/tasks/" + task.getId()));
	}

	@Test
	void a_manager_told_of_an_escalation_may_read_the_request_the_notification_opens() throws Exception {
		// given a step due in 8 working hours that tells the manager when overdue
		String key = processes.publish("due", "8h", "escalate", "notify-manager");
		instance = startThroughBaton(key, "yangxue", shanghai(2025, 11, 10, 9, 0));
		String request = "/api/requests/" + instance.getBusinessKey();
		// and chenjie, gaojian's manager, may not read the request yet
		http.perform(get(request).with(httpBasic("chenjie", "demo"))).andExpect(status().isForbidden());
		// when the runner runs at the due time
		runner.runDue(shanghai(2025, 11, 10, 18, 0));
		// then chenjie is told, with a link to the request (the task stays gaojian's)
		assertThat(notices()).filteredOn(notice -> notice.get("recipient").equals("chenjie"))
			.containsExactly(notice("chenjie", "ESCALATED", "/requests/" + instance.getBusinessKey()));
		// and may read it now
		http.perform(get(request).with(httpBasic("chenjie", "demo"))).andExpect(status().isOk());
	}

	/**
	 * Starts the process as a request of Baton's own (with its row, which who-may-read
	 * looks at), the engine's clock at {@code at}.
	 */
	private ProcessInstance startThroughBaton(String key, String initiator, Instant at) throws Exception {
		ClockUtil.setCurrentTime(Date.from(at));
		http.perform(post("/api/requests").with(httpBasic(initiator, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"processKey\":\"" + key + "\",\"data\":{}}")).andExpect(status().isCreated());
		return runtime.createProcessInstanceQuery().processDefinitionKey(key).singleResult();
	}

	private List<Map<String, Object>> notices() {
		return jdbc.queryForList(
				"SELECT recipient_id, kind, link FROM baton_notification WHERE request_id = ? AND in_app = TRUE ORDER BY id",
				instance.getBusinessKey())
			.stream()
			.map(row -> Map.of("recipient", row.get("recipient_id"), "kind", row.get("kind"), "link", row.get("link")))
			.toList();
	}

	private static Map<String, Object> notice(String recipient, String kind, String link) {
		return Map.of("recipient", recipient, "kind", kind, "link", link);
	}

}
