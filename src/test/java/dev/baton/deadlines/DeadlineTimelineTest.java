package dev.baton.deadlines;

import static dev.baton.deadlines.DeadlineProcesses.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a deadline rule did shows in the request as its people see it: the timeline names
 * the rule's decision without a person, and a request the rule rejected is rejected.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlineTimelineTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc http;

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

	@AfterEach
	void resetTheClock() {
		ClockUtil.reset();
	}

	@Test
	void a_request_the_rule_rejected_is_rejected_and_its_timeline_says_the_rule_did_it() throws Exception {
		// given a step due in 8 working hours that is rejected when overdue, started by
		// yangxue through Baton on Monday 2025-11-10 at 09:00
		DeadlineProcesses processes = new DeadlineProcesses(publisher, runtime, tasks, identity);
		String key = processes.publish("due", "8h", "escalate", "reject");
		ClockUtil.setCurrentTime(Date.from(shanghai(2025, 11, 10, 9, 0)));
		JsonNode started = json(http
			.perform(post("/api/requests").with(httpBasic("yangxue", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"processKey\":\"" + key + "\",\"data\":{}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String requestId = started.path("id").asText();
		Task task = tasks.createTaskQuery().processDefinitionKey(key).singleResult();
		assertThat(task.getAssignee()).isEqualTo("gaojian");
		// when the runner runs at the due time, 18:00
		runner.runDue(shanghai(2025, 11, 10, 18, 0));
		// then yangxue sees her request rejected, by the rule at the manager's step
		JsonNode request = json(http
			.perform(get("/api/requests/" + requestId).with(httpBasic("yangxue", "demo"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(request.path("status").asText()).isEqualTo("REJECTED");
		JsonNode last = request.path("timeline").get(request.path("timeline").size() - 1);
		assertThat(last.path("decision").asText()).isEqualTo("deadline-reject");
		assertThat(last.path("actor").isNull() || last.path("actor").isMissingNode()).isTrue();
		assertThat(last.path("stepName").asText()).isEqualTo("经理审批");
		assertThat(request.path("outcome").path("decision").asText()).isEqualTo("deadline-reject");
	}

	private static JsonNode json(String text) throws Exception {
		return JSON.readTree(text);
	}

}
