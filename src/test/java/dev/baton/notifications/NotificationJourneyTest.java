package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real request from start to end, told where people are: the approver's new task
 * reaches the leave process's Feishu group robot (signed, checked by the stand-in as
 * Feishu does) and, as she chose, her e-mail; the approval reaches the initiator's
 * e-mail. Nothing is published by hand: the approval path itself writes the outbox rows.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationJourneyTest {

	static final String PASSWORD = "journey-" + UUID.randomUUID().toString().substring(0, 6);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("baton@example.com", "baton", PASSWORD));

	@Autowired
	MockMvc http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailSettings settings;

	@Autowired
	Robots robots;

	BatonApi api;

	NotificationFixture fixture;

	PlatformStandIn feishu;

	String robotId;

	@BeforeEach
	void emailAndAGroupRobotAreSetUp() throws Exception {
		api = new BatonApi(http);
		fixture = new NotificationFixture(api, tasks, jdbc);
		feishu = new PlatformStandIn();
		http.perform(put("/api/admin/notifications/mail").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"host":"127.0.0.1","port":%d,"tlsMode":"NONE","username":"baton","password":"%s",
					 "sender":"Baton <baton@example.com>","baseUrl":"https://baton.example.com/"}"""
				.formatted(smtp.getSmtp().getPort(), PASSWORD)))
			.andExpect(status().isOk());
	}

	@AfterEach
	void putThingsBack() throws Exception {
		feishu.close();
		if (robotId != null) {
			robots.delete(robotId, "admin");
		}
		settings.clear("admin");
		fixture.cleanUp();
	}

	@Test
	void a_leave_request_reaches_the_approvers_group_robot_and_mailbox_and_its_approval_the_initiators_mailbox()
			throws Exception {
		// given the leave process's Feishu group robot, signed
		String token = UUID.randomUUID().toString();
		String secret = "feishu-" + UUID.randomUUID();
		feishu.robot(token, secret);
		robotId = robots
			.create(new Robots.Change("test-journey", "FEISHU", "PROCESS", "leave-request",
					feishu.base() + "/open-apis/bot/v2/hook/" + token, secret, true), "admin")
			.id();
		// and lina, zhangwei's manager, wants new tasks by e-mail too
		fixture.changesPreferencesOf("lina");
		api.as("lina", put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[{\"kind\":\"TASK_ASSIGNED\",\"app\":true,\"email\":\"NOW\",\"robot\":true}]}"))
			.andExpect(status().isOk());
		// when zhangwei asks for a day off
		String request = fixture.leave("zhangwei", 1);
		String taskId = fixture.openTask(request).getId();
		// then the group hears of lina's new task, in one signed message with its link
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !feishu.acceptedFor(token).isEmpty());
		JsonNode message = feishu.acceptedFor(token).get(0).body();
		assertThat(message.toString()).contains("李娜", "https://baton.example.com/tasks/" + taskId);
		// and lina's mailbox has it too
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("lina@demo.baton.dev") == 1);
		// when lina approves, zhouting (HR) gets the next step, and the group hears of it
		api.decide("lina", taskId, "approve", "同意", java.util.Map.of());
		String hrTask = fixture.openTask(request).getId();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> feishu.acceptedFor(token).size() == 2);
		assertThat(feishu.acceptedFor(token).get(1).body().toString()).contains("周婷",
				"https://baton.example.com/tasks/" + hrTask);
		// when HR records it, the last step
		api.decide("zhouting", hrTask, "approve", "已录入", java.util.Map.of("recorded", true));
		// then zhangwei's mailbox hears it was approved (his default for decisions on his
		// requests), with the link to the request
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("zhangwei@demo.baton.dev") == 1);
		assertThat(MailDeliveryTest.plainText(Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> MailDeliveryTest.firstRecipient(mail).equals("zhangwei@demo.baton.dev"))
			.findFirst()
			.orElseThrow())).contains("https://baton.example.com/requests/" + request);
		// and nothing failed on the way
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE status = 'FAILED' AND target = ?",
				Integer.class, robotId))
			.isZero();
	}

	private long mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> MailDeliveryTest.firstRecipient(mail).equals(address))
			.count();
	}

}
