package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/notifications}: the caller's list, the bell's count, marking read, and
 * preferences; only ever the caller's own.
 */
@BatonTest
@RecordApplicationEvents
class NotificationsApiTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	BatonApi api;

	NotificationFixture fixture;

	@BeforeEach
	void fixture() {
		api = new BatonApi(http);
		fixture = new NotificationFixture(api, taskService, jdbc);
	}

	@AfterEach
	void cleanUp() {
		fixture.cleanUp();
	}

	@Test
	void theBellCountsUnreadOnesAndTheListShowsThemFirst() throws Exception {
		// given lina has a task from a new request
		long before = unread("lina");
		String id = fixture.leave("zhangwei", 1);
		// then her bell counts one more, and the list shows it unread
		assertThat(unread("lina")).isEqualTo(before + 1);
		JsonNode page = api.get("lina", "/api/notifications", "filter", "unread", "size", "100");
		assertThat(page.path("unread").asLong()).isEqualTo(before + 1);
		assertThat(BatonApi.texts(page.path("items"), "requestId")).contains(id);
		// when she marks it read
		long entry = fixture.toldAbout("lina", id).get(0).path("id").asLong();
		api.as("lina", post("/api/notifications/" + entry + "/read")).andExpect(status().isNoContent());
		// then the bell counts one less, the unread filter leaves it out, the list still
		// has it, read
		assertThat(unread("lina")).isEqualTo(before);
		assertThat(BatonApi
			.texts(api.get("lina", "/api/notifications", "filter", "unread", "size", "100").path("items"), "requestId"))
			.doesNotContain(id);
		assertThat(fixture.toldAbout("lina", id).get(0).path("read").asBoolean()).isTrue();
		// and marking it read again changes nothing
		api.as("lina", post("/api/notifications/" + entry + "/read")).andExpect(status().isNoContent());
	}

	@Test
	void markAllReadEmptiesTheBell() throws Exception {
		fixture.leave("zhangwei", 1);
		fixture.leave("zhangwei", 2);
		assertThat(unread("lina")).isPositive();
		// when lina marks all read
		api.as("lina", post("/api/notifications/read-all")).andExpect(status().isOk());
		// then her bell is empty
		assertThat(unread("lina")).isZero();
	}

	@Test
	void nobodyReadsOrMarksAnotherPersonsNotification() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		long linas = fixture.toldAbout("lina", id).get(0).path("id").asLong();
		// when zhouting tries to mark lina's notification read
		api.as("zhouting", post("/api/notifications/" + linas + "/read"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("notifications.notFound"))
			.andExpect(jsonPath("$.detail").value("没有这条通知。"));
		// then it stays unread for lina, and zhouting's list does not have it
		assertThat(fixture.toldAbout("lina", id).get(0).path("read").asBoolean()).isFalse();
		assertThat(fixture.toldAbout("zhouting", id)).isEmpty();
		// and nobody reads any list without logging in
		http.perform(get("/api/notifications/unread-count")).andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongFilterOrPageSizeIsAProblemNamingTheFieldInTheCallersLanguage() throws Exception {
		api.in("en-US")
			.as("lina", get("/api/notifications").param("filter", "old").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'filter')].message")
				.value("Show \"all\" or \"unread\" notifications, not \"old\"."))
			.andExpect(jsonPath("$.errors[?(@.field == 'size')]").exists());
	}

	@Test
	void preferencesHaveDefaultsAndWhatAPersonChoosesIsWhatTheirNoticesCarry() throws Exception {
		fixture.changesPreferencesOf("lina");
		// given the defaults: a new task in the app and by robot
		JsonNode defaults = api.get("lina", "/api/notifications/preferences");
		assertThat(kind(defaults, "TASK_ASSIGNED").path("app").asBoolean()).isTrue();
		assertThat(kind(defaults, "TASK_ASSIGNED").path("robot").asBoolean()).isTrue();
		assertThat(kind(defaults, "TASK_ASSIGNED").path("email").asText()).isEqualTo("OFF");
		assertThat(kind(defaults, "COPIED").path("robot").asBoolean()).isFalse();
		// when lina wants new tasks by e-mail at once and no robot
		api.as("lina", put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[{\"kind\":\"TASK_ASSIGNED\",\"app\":true,\"email\":\"NOW\",\"robot\":false}]}"))
			.andExpect(status().isOk());
		assertThat(kind(api.get("lina", "/api/notifications/preferences"), "TASK_ASSIGNED").path("email").asText())
			.isEqualTo("NOW");
		// then her next task's notice goes to the app and by e-mail
		String id = fixture.leave("zhangwei", 1);
		assertThat(events.stream(Notice.class).filter(notice -> id.equals(notice.requestId()))).singleElement()
			.satisfies(notice -> {
				assertThat(notice.recipientId()).isEqualTo("lina");
				assertThat(notice.kind()).isEqualTo(NoticeKind.TASK_ASSIGNED);
				assertThat(notice.channels()).containsExactlyInAnyOrder(Channel.APP, Channel.EMAIL);
				assertThat(notice.link()).startsWith("/tasks/");
			});
	}

	@Test
	void aDailyDigestKeepsTheRowForTheDigestEvenWithoutTheAppAndSendsNoEmailNow() throws Exception {
		fixture.changesPreferencesOf("lina");
		api.as("lina", put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[{\"kind\":\"TASK_ASSIGNED\",\"app\":false,\"email\":\"DIGEST\",\"robot\":true}]}"))
			.andExpect(status().isOk());
		// when she gets a task
		String id = fixture.leave("zhangwei", 1);
		// then the notice goes by robot only, her list does not show it, and a row waits
		// for the digest
		assertThat(events.stream(Notice.class).filter(notice -> id.equals(notice.requestId()))).singleElement()
			.satisfies(notice -> assertThat(notice.channels()).containsExactly(Channel.ROBOT));
		assertThat(fixture.toldAbout("lina", id)).isEmpty();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM baton_notification WHERE request_id = ? AND recipient_id = ?"
						+ " AND digest_due = TRUE AND in_app = FALSE", Long.class, id, "lina"))
			.isEqualTo(1L);
	}

	@Test
	void wrongPreferencesAreProblemsNamingTheFieldAndChangeNothing() throws Exception {
		fixture.changesPreferencesOf("lina");
		api.as("lina", put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[{\"kind\":\"TASK_ASSIGNED\",\"app\":true,\"email\":\"SOMETIMES\",\"robot\":true},"
					+ "{\"kind\":\"NOTHING\",\"app\":true,\"email\":\"OFF\",\"robot\":true}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kinds[0].email"))
			.andExpect(jsonPath("$.errors[0].message").value("邮件方式只能是 OFF、NOW 或 DIGEST，不能是“SOMETIMES”。"))
			.andExpect(jsonPath("$.errors[1].field").value("kinds[1].kind"));
		assertThat(kind(api.get("lina", "/api/notifications/preferences"), "TASK_ASSIGNED").path("email").asText())
			.isEqualTo("OFF");
	}

	@Test
	void aDecisionThatRollsBackLeavesNoNotificationWhereOneThatCommitsLeavesOne() throws Exception {
		String rolledBack = "NOTIFY-RB-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String committed = "NOTIFY-OK-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		// when a leave request starts in a transaction that rolls back, and another in
		// one that commits
		startInATransaction(rolledBack, true);
		String instance = startInATransaction(committed, false);
		try {
			// then nobody was told of the first one's task, and lina of the second's
			assertThat(rowsAbout(rolledBack)).isZero();
			assertThat(events.stream(Notice.class).filter(notice -> rolledBack.equals(notice.requestId()))).isEmpty();
			assertThat(rowsAbout(committed)).isEqualTo(1L);
			assertThat(events.stream(Notice.class).filter(notice -> committed.equals(notice.requestId())))
				.singleElement()
				.satisfies(notice -> assertThat(notice.recipientId()).isEqualTo("lina"));
		}
		finally {
			runtimeService.deleteProcessInstance(instance, "test");
			jdbc.update("DELETE FROM baton_notification WHERE request_id = ?", committed);
		}
	}

	private String startInATransaction(String businessKey, boolean rollBack) {
		identity.setAuthenticatedUserId("zhangwei");
		try {
			return new TransactionTemplate(transactions).execute(status -> {
				String id = runtimeService
					.startProcessInstanceByKey("leave-request", businessKey, Map.of("leaveType", "annual", "startDate",
							"2030-05-06", "endDate", "2030-05-06", "days", 1, "reason", "x"))
					.getId();
				if (rollBack) {
					status.setRollbackOnly();
				}
				return id;
			});
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private Long rowsAbout(String requestId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_notification WHERE request_id = ?", Long.class,
				requestId);
	}

	private long unread(String user) throws Exception {
		return api.get(user, "/api/notifications/unread-count").path("unread").asLong();
	}

	private static JsonNode kind(JsonNode preferences, String kind) {
		for (JsonNode entry : preferences.path("kinds")) {
			if (kind.equals(entry.path("kind").asText())) {
				return entry;
			}
		}
		throw new AssertionError("no preference for " + kind + " in " + preferences);
	}

}
