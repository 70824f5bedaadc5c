package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.Directory;
import dev.baton.notifications.PlatformStandIn.Answer;
import dev.baton.support.BatonTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group robots end to end: notices published inside a transaction reach a DingTalk,
 * WeCom or Feishu stand-in on this machine that checks every signature as the platform
 * does; a group's task is one message; a platform that fails or says "too fast" is tried
 * again and delivered once; the console lists and retries failed deliveries. Every robot
 * and outbox row a test creates is removed afterwards.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RobotDeliveryTest {

	@Autowired
	MockMvc http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Robots robots;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Directory directory;

	PlatformStandIn platform;

	final String event = "test-robot:" + UUID.randomUUID();

	@BeforeEach
	void startThePlatform() throws Exception {
		platform = new PlatformStandIn();
	}

	@AfterEach
	void removeRobotsAndRows() {
		platform.close();
		jdbc.update("DELETE FROM baton_outbox WHERE event_key LIKE ?", event + "%");
		for (Robots.Robot robot : robots.all()) {
			if (robot.name().startsWith("test-")) {
				robots.delete(robot.id(), "admin");
			}
		}
	}

	@Test
	void an_administrator_adds_a_robot_and_never_sees_its_token_or_secret_again() throws Exception {
		String token = token();
		String secret = "SEC" + token;
		// when the administrator adds a DingTalk robot for the sales department
		String body = admin(post("/api/admin/notifications/robots").content("""
				{"name":"test-sales","platform":"DINGTALK","scopeType":"DEPARTMENT","scopeId":"sales",
				 "webhookUrl":"%s/robot/send?access_token=%s","secret":"%s"}""".formatted(platform.base(), token,
				secret)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.webhookHint")
				.value(platform.base() + "/robot/send?access_token=••••" + token.substring(token.length() - 4)))
			.andExpect(jsonPath("$.secretHint").value("••••" + secret.substring(secret.length() - 4)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// then neither the answer, the list nor the database shows the token or the
		// secret
		String list = admin(get("/api/admin/notifications/robots")).andReturn().getResponse().getContentAsString();
		String stored = jdbc.queryForObject(
				"SELECT CONCAT(webhook_enc, secret_enc) FROM baton_robots WHERE name = 'test-sales'", String.class);
		for (String shown : List.of(body, list, stored)) {
			assertThat(shown).doesNotContain(token).doesNotContain(secret);
		}
		// and the audit has the change
		http.perform(get("/api/audit/entries").param("decision", "robots-changed").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[0].decision").value("robots-changed"));
	}

	@Test
	void a_robot_that_is_not_the_platforms_own_https_address_is_refused_naming_the_field() throws Exception {
		String token = token();
		// a DingTalk robot without its secret, at an internal address over http
		admin(post("/api/admin/notifications/robots").header("Accept-Language", "en-US").content("""
				{"name":"test-bad","platform":"DINGTALK","scopeType":"DEPARTMENT","scopeId":"nowhere",
				 "webhookUrl":"http://10.0.0.8/robot/send?access_token=%s"}""".formatted(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='webhookUrl')].message")
				.value("The webhook address must start with https://."))
			.andExpect(jsonPath("$.errors[?(@.field=='secret')]").isNotEmpty())
			.andExpect(jsonPath("$.errors[?(@.field=='scopeId')]").isNotEmpty());
		// a look-alike host, in Chinese
		admin(post("/api/admin/notifications/robots").header("Accept-Language", "zh-CN")
			.content("""
					{"name":"test-bad","platform":"WECOM","scopeType":"PROCESS","scopeId":"leave-request",
					 "webhookUrl":"https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=%s"}"""
				.formatted(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("webhookUrl"))
			.andExpect(jsonPath("$.errors[0].message").value("Webhook 地址必须指向该平台本身（qyapi.weixin.qq.com）。"));
		// and someone who is no administrator may not even look
		http.perform(get("/api/admin/notifications/robots").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden());
		assertThat(robots.all()).noneMatch(robot -> robot.name().equals("test-bad"));
	}

	@Test
	void a_task_offered_to_a_group_is_one_signed_message_naming_its_people() {
		String token = token();
		String secret = "SEC" + token();
		platform.robot(token, secret);
		robot("test-sales", RobotPlatform.DINGTALK, Robots.Scope.DEPARTMENT, "sales",
				platform.base() + "/robot/send?access_token=" + token, secret);
		// when a task is offered to three people of sales, in one transaction
		inTransaction(() -> {
			for (String person : List.of("zhangwei", "liuyang", "lina")) {
				events.publishEvent(notice(NoticeKind.TASK_OFFERED, person, "leave-request"));
			}
		});
		// then the robot posts one signed message that names all three and @s their
		// mobiles
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(rowStatus(RobotPlatform.DINGTALK)));
		assertThat(platform.acceptedFor(token)).hasSize(1);
		JsonNode message = platform.acceptedFor(token).get(0).body();
		assertThat(message.path("msgtype").asText()).isEqualTo("markdown");
		assertThat(message.path("markdown").path("text").asText()).contains("张伟", "刘洋", "李娜", "/tasks/t-1");
		List<String> mobiles = directory.people(List.of("zhangwei", "liuyang", "lina"))
			.stream()
			.map(dev.baton.directory.Person::phone)
			.toList();
		assertThat(message.path("at").path("atMobiles")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrderElementsOf(mobiles);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE event_key = ?", Integer.class, event))
			.isEqualTo(1);
	}

	@Test
	void a_rolled_back_decision_posts_nothing() {
		String token = token();
		platform.robot(token, null);
		robot("test-process", RobotPlatform.WECOM, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/cgi-bin/webhook/send?key=" + token, null);
		// when the notice's transaction rolls back
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(notice(NoticeKind.APPROVED, "zhangwei", "leave-request"));
			status.setRollbackOnly();
		});
		worker.runOnce();
		// then there is nothing to send and nothing was posted
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE event_key = ?", Integer.class, event))
			.isZero();
		assertThat(platform.requests).isEmpty();
	}

	@Test
	void a_platform_that_says_too_fast_then_fails_then_recovers_gets_the_message_once() {
		String token = token();
		platform.robot(token, null);
		robot("test-process", RobotPlatform.WECOM, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/cgi-bin/webhook/send?key=" + token, null);
		// given WeCom answers "too fast" (45009), then a server error, then takes it
		platform.script(token, new Answer(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"),
				new Answer(502, "<html>bad gateway</html>"));
		inTransaction(() -> events.publishEvent(notice(NoticeKind.APPROVED, "zhangwei", "leave-request")));
		// when the rate limit answer comes, the message waits without using an attempt
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> platform.requests.size() == 1);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> column("last_error") != null);
		assertThat(column("attempts")).isEqualTo("0");
		assertThat(column("last_error")).contains("45009").doesNotContain(token);
		assertThat(nextAttempt()).isAfter(Instant.now().plusSeconds(20));
		// and when it is due again the server error uses one and backs off
		makeDue();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "1".equals(column("attempts")));
		assertThat(column("last_error")).isEqualTo("HTTP 502 from WECOM");
		assertThat(rowStatus(RobotPlatform.WECOM)).isEqualTo("PENDING");
		// then the next try delivers it, once
		makeDue();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(rowStatus(RobotPlatform.WECOM)));
		assertThat(platform.acceptedFor(token)).hasSize(1);
		assertThat(platform.acceptedFor(token).get(0).body().path("markdown").path("content").asText())
			.contains("申请已通过", "请假申请");
		assertThat(platform.requests).hasSize(3);
	}

	@Test
	void a_feishu_test_message_is_signed_and_a_wrong_secret_is_reported_without_the_token() throws Exception {
		String token = token();
		platform.robot(token, "right-secret-123456");
		String good = robot("test-feishu", RobotPlatform.FEISHU, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/open-apis/bot/v2/hook/" + token, "right-secret-123456");
		// when the administrator sends a test message, then the bot takes the signed card
		admin(post("/api/admin/notifications/robots/" + good + "/test")).andExpect(status().isOk());
		assertThat(platform.acceptedFor(token)).hasSize(1);
		assertThat(platform.acceptedFor(token).get(0).body().path("msg_type").asText()).isEqualTo("interactive");
		// and with a secret the platform does not know, the answer says why, without the
		// token
		String other = token();
		platform.robot(other, "another-secret-99");
		String bad = robot("test-feishu-bad", RobotPlatform.FEISHU, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/open-apis/bot/v2/hook/" + other, "wrong-secret-0000");
		String problem = admin(
				post("/api/admin/notifications/robots/" + bad + "/test").header("Accept-Language", "en-US"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("19021")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problem).doesNotContain(other).doesNotContain("wrong-secret-0000");
		assertThat(platform.acceptedFor(other)).isEmpty();
	}

	@Test
	void the_console_lists_a_failed_delivery_with_its_error_and_retries_it() throws Exception {
		String token = token();
		platform.robot(token, null);
		String robotId = robot("test-retry", RobotPlatform.WECOM, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/cgi-bin/webhook/send?key=" + token, null);
		// given a robot message that failed for good
		String payload = DeliveryPayload.of(notice(NoticeKind.REJECTED, "zhangwei", "leave-request")).json();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(
				"""
						INSERT INTO baton_outbox (channel, target, event_key, payload, status, attempts, next_attempt_at, last_error,
						    created_at) VALUES ('wecom', ?, ?, ?, 'FAILED', 8, ?, 'HTTP 503 from WECOM', ?)""",
				robotId, event, payload, now, now);
		long id = jdbc.queryForObject("SELECT id FROM baton_outbox WHERE event_key = ?", Long.class, event);
		// when the administrator lists the failed deliveries, then it is there with its
		// error
		admin(get("/api/admin/notifications/deliveries")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id==" + id + ")].lastError").value("HTTP 503 from WECOM"))
			.andExpect(jsonPath("$.items[?(@.id==" + id + ")].targetName").value("test-retry"));
		// and a retry delivers it
		admin(post("/api/admin/notifications/deliveries/" + id + "/retry")).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(rowStatus(RobotPlatform.WECOM)));
		assertThat(platform.acceptedFor(token)).hasSize(1);
		// a second retry of a delivery that no longer failed is refused
		admin(post("/api/admin/notifications/deliveries/" + id + "/retry")).andExpect(status().isConflict());
	}

	@Test
	void removing_a_robot_drops_the_messages_that_wait_for_it() throws Exception {
		// given a robot whose key WeCom does not know (93000), so its message waits for a
		// retry
		String robotId = robot("test-gone", RobotPlatform.WECOM, Robots.Scope.PROCESS, "leave-request",
				platform.base() + "/cgi-bin/webhook/send?key=" + token(), null);
		inTransaction(() -> events.publishEvent(notice(NoticeKind.WITHDRAWN, "zhangwei", "leave-request")));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "1".equals(column("attempts")));
		assertThat(column("last_error")).contains("93000");
		// when the administrator removes the robot, then its waiting message is gone
		admin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/admin/notifications/robots/" + robotId)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE event_key = ?", Integer.class, event))
			.isZero();
	}

	String robot(String name, RobotPlatform platform, Robots.Scope scope, String scopeId, String url, String secret) {
		return robots
			.create(new Robots.Change(name, platform.name(), scope.name(), scopeId, url, secret, true), "admin")
			.id();
	}

	Notice notice(NoticeKind kind, String recipient, String processKey) {
		return new Notice(event, kind, recipient, Set.of(Channel.APP, Channel.ROBOT), "LR-20261207-0001", processKey,
				"t-1", "请假申请 · 张伟", "部门审批", "lina", null, "/tasks/t-1", Instant.now());
	}

	void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	String rowStatus(RobotPlatform platform) {
		return jdbc
			.queryForList("SELECT status FROM baton_outbox WHERE event_key = ? AND channel = ?", String.class, event,
					platform.channel())
			.stream()
			.findFirst()
			.orElse(null);
	}

	String column(String name) {
		return jdbc.queryForObject("SELECT " + name + " FROM baton_outbox WHERE event_key = ?", String.class, event);
	}

	Instant nextAttempt() {
		return jdbc
			.queryForObject("SELECT next_attempt_at FROM baton_outbox WHERE event_key = ?", Timestamp.class, event)
			.toInstant();
	}

	/** Time passes: the waiting row is due now, and the worker is woken. */
	void makeDue() {
		jdbc.update("UPDATE baton_outbox SET next_attempt_at = ? WHERE event_key = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), event);
		worker.runOnce();
	}

	ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON));
	}

	static String token() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
