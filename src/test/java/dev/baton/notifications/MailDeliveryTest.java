package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.directory.OwnAccount;
import dev.baton.support.BatonTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * E-mail end to end against a real SMTP server started in the test (GreenMail): the
 * administrator saves the settings (the password never comes back) and sends a test mail;
 * a notice by e-mail reaches the person in their own language with a link into Baton; a
 * rolled-back decision mails nothing. The settings, outbox rows and languages a test
 * changes are put back.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MailDeliveryTest {

	static final String PASSWORD = "mail-secret-" + UUID.randomUUID().toString().substring(0, 6);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("baton@example.com", "baton", PASSWORD));

	@Autowired
	MockMvc http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OwnAccount accounts;

	@Autowired
	MailSettings settings;

	@Autowired
	MailDigest digests;

	final String event = "test-mail:" + UUID.randomUUID();

	@AfterEach
	void putThingsBack() {
		settings.clear("admin");
		jdbc.update("DELETE FROM baton_outbox WHERE event_key LIKE ?", event + "%");
		accounts.setLanguage("zhangwei", null);
	}

	@Test
	void an_administrator_saves_the_smtp_settings_and_the_password_never_comes_back() throws Exception {
		// when the administrator saves the settings with a password
		String saved = saveSettings(PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.configured").value(true))
			.andExpect(jsonPath("$.passwordSet").value(true))
			.andExpect(jsonPath("$.tlsMode").value("NONE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// then neither the answer, a later read nor the database holds it in the clear
		String read = admin(get("/api/admin/notifications/mail")).andExpect(status().isOk())
			.andExpect(jsonPath("$.host").value("127.0.0.1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stored = jdbc.queryForObject("SELECT password_enc FROM baton_mail_settings WHERE id = 1", String.class);
		assertThat(saved).doesNotContain(PASSWORD);
		assertThat(read).doesNotContain(PASSWORD);
		assertThat(stored).startsWith("v1:").doesNotContain(PASSWORD);
		// and saving again without a password keeps it
		admin(put("/api/admin/notifications/mail").content("""
				{"host":"127.0.0.1","port":%d,"tlsMode":"NONE","username":"baton","sender":"baton@example.com"}"""
			.formatted(smtp.getSmtp().getPort()))).andExpect(jsonPath("$.passwordSet").value(true));
		assertThat(settings.current().orElseThrow().password()).isEqualTo(PASSWORD);
		// and the audit has the change
		http.perform(get("/api/audit/entries").param("decision", "mail-changed").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.items[0].decision").value("mail-changed"));
	}

	@Test
	void bad_settings_are_refused_naming_each_field_and_change_nothing() throws Exception {
		admin(put("/api/admin/notifications/mail").header("Accept-Language", "zh-CN").content("""
				{"host":"smtp example","port":70000,"tlsMode":"TLS1","sender":"nobody",
				 "baseUrl":"ftp://baton.example.com"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("host", "port", "tlsMode", "sender", "baseUrl")))
			.andExpect(
					jsonPath("$.errors[?(@.field=='port')].message").value("端口须为 1 到 65535 之间的数字（通常为 25、465 或 587）。"));
		assertThat(settings.current()).isEmpty();
		// and someone who is no administrator may not look
		http.perform(get("/api/admin/notifications/mail").with(httpBasic("zhangwei", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_test_mail_reaches_the_server_and_a_wrong_password_is_reported() throws Exception {
		saveSettings(PASSWORD).andExpect(status().isOk());
		// when the administrator sends a test mail
		admin(post("/api/admin/notifications/mail/test").header("Accept-Language", "en-US")
			.content("{\"to\":\"someone@example.com\"}")).andExpect(status().isOk());
		// then the server has it, in the administrator's language
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Baton test mail");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("someone@example.com");
		// and with a wrong password the server's refusal is the answer, not a 500
		saveSettings("wrong-password").andExpect(status().isOk());
		admin(post("/api/admin/notifications/mail/test").header("Accept-Language", "en-US")
			.content("{\"to\":\"someone@example.com\"}")).andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.reason").value("SMTP authentication failed"));
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void a_notice_by_email_reaches_each_person_in_their_language_with_a_link_into_baton() throws Exception {
		saveSettings(PASSWORD).andExpect(status().isOk());
		accounts.setLanguage("zhangwei", "en-US");
		// when a decision tells zhangwei (English) and lina (no language: the company's,
		// Chinese) by e-mail, and wangfang only in the app
		inTransaction(() -> {
			events.publishEvent(notice("zhangwei", Set.of(Channel.APP, Channel.EMAIL)));
			events.publishEvent(notice("lina", Set.of(Channel.EMAIL)));
			events.publishEvent(notice("wangfang", Set.of(Channel.APP)));
		});
		// then two mails arrive, each in its reader's language, with the link
		assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
		MimeMessage english = to("zhangwei@demo.baton.dev");
		MimeMessage chinese = to("lina@demo.baton.dev");
		assertThat(english.getSubject()).isEqualTo("New task for you: 采购申请 · 张伟");
		assertThat(plainText(english)).contains("Step: 部门审批", "By: 张伟",
				"Open in Baton: https://baton.example.com/tasks/t-9");
		assertThat(plainText(chinese)).contains("步骤：部门审批", "在 Baton 中打开: https://baton.example.com/tasks/t-9");
		assertThat(chinese.getSubject()).isEqualTo("您有新的待办：采购申请 · 张伟");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM baton_outbox WHERE event_key = ? AND channel = 'email' AND status = 'SENT'",
					Integer.class, event) == 2);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void a_rolled_back_decision_mails_nothing() throws Exception {
		saveSettings(PASSWORD).andExpect(status().isOk());
		// when a decision's transaction rolls back
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(notice("zhangwei", Set.of(Channel.EMAIL)));
			status.setRollbackOnly();
		});
		// and then another one commits (so the worker has run after the first)
		inTransaction(() -> events.publishEvent(new Notice(event + ":2", NoticeKind.APPROVED, "lina",
				Set.of(Channel.EMAIL), null, null, null, "报销", null, null, null, "/requests/r-1", Instant.now())));
		// then only the second one is mailed
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::firstRecipient))
			.containsExactly("lina@demo.baton.dev");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE event_key = ?", Integer.class, event))
			.isZero();
	}

	@Test
	void a_digest_sums_up_a_persons_notices_in_one_mail() throws Exception {
		saveSettings(PASSWORD).andExpect(status().isOk());
		accounts.setLanguage("zhangwei", "en-US");
		// when the day's digest of two notices is enqueued for zhangwei, twice
		java.util.List<Notice> day = java.util.List.of(notice("zhangwei", Set.of(Channel.EMAIL)),
				new Notice(event + ":b", NoticeKind.APPROVED, "zhangwei", Set.of(Channel.EMAIL), "LR-1",
						"leave-request", null, "请假申请", null, "lina", null, "/requests/LR-1", Instant.now()));
		boolean[] enqueued = new boolean[2];
		inTransaction(() -> enqueued[0] = digests.enqueue("zhangwei", event + ":digest", day));
		inTransaction(() -> enqueued[1] = digests.enqueue("zhangwei", event + ":digest", day));
		assertThat(enqueued).containsExactly(true, false);
		// then one mail lists both, each with its link
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		MimeMessage digest = to("zhangwei@demo.baton.dev");
		assertThat(digest.getSubject()).isEqualTo("Your Baton digest: 2 update(s)");
		assertThat(plainText(digest)).contains(
				"• New task for you: 采购申请 · 张伟 (部门审批) https://baton.example.com/tasks/t-9",
				"• Your request was approved: 请假申请 https://baton.example.com/requests/LR-1");
	}

	ResultActions saveSettings(String password) throws Exception {
		return admin(put("/api/admin/notifications/mail").content("""
				{"host":"127.0.0.1","port":%d,"tlsMode":"NONE","username":"baton","password":"%s",
				 "sender":"Baton <baton@example.com>","baseUrl":"https://baton.example.com/"}"""
			.formatted(smtp.getSmtp().getPort(), password)));
	}

	Notice notice(String recipient, Set<Channel> channels) {
		return new Notice(event, NoticeKind.TASK_ASSIGNED, recipient, channels, "PR-20261207-0009", "purchase-request",
				"t-9", "采购申请 · 张伟", "部门审批", "zhangwei", null, "/tasks/t-9", Instant.now());
	}

	MimeMessage to(String address) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> firstRecipient(message).equals(address))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No mail to " + address));
	}

	/** The text/plain part of a mail, decoded. */
	static String plainText(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	static String firstRecipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON));
	}

}
