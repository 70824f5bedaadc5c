package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
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
 * The daily digest end to end: someone who chose a digest for new tasks gets no mail when
 * a task comes, then one mail the next morning listing it, and nothing more the run
 * after; against a real SMTP server started in the test.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DailyDigestTest {

	static final String PASSWORD = "digest-" + UUID.randomUUID().toString().substring(0, 6);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("baton@example.com", "baton", PASSWORD));

	@Autowired
	MockMvc http;

	BatonApi api;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailSettings settings;

	@Autowired
	DailyDigest digest;

	NotificationFixture fixture;

	@BeforeEach
	void emailIsSetUp() throws Exception {
		api = new BatonApi(http);
		fixture = new NotificationFixture(api, tasks, jdbc);
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
		settings.clear("admin");
		jdbc.update("DELETE FROM baton_outbox WHERE channel = 'email' AND event_key LIKE 'digest:%'");
		fixture.cleanUp();
	}

	@Test
	void a_person_who_chose_a_digest_gets_the_days_tasks_in_one_mail_the_next_morning_once() throws Exception {
		// given lina wants new tasks in her daily digest only
		fixture.changesPreferencesOf("lina");
		api.as("lina", put("/api/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kinds\":[{\"kind\":\"TASK_ASSIGNED\",\"app\":true,\"email\":\"DIGEST\",\"robot\":false}]}"))
			.andExpect(status().isOk());
		// when zhangwei's leave request gives her a task
		String request = fixture.leave("zhangwei", 1);
		String link = "https://baton.example.com/tasks/" + fixture.openTask(request).getId();
		// then no mail comes at once
		assertThat(smtp.waitForIncomingEmail(1_500, 1)).isFalse();
		// when the morning's digest runs
		digest.sendDue(Instant.now());
		// then one mail to her lists the task with its link
		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		assertThat(mailsTo("lina@demo.baton.dev")).singleElement()
			.satisfies(mail -> assertThat(MailDeliveryTest.plainText(mail)).contains(link));
		// and the next run sends her nothing more
		digest.sendDue(Instant.now());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM baton_outbox WHERE channel = 'email' AND target = 'lina' AND event_key LIKE 'digest:%'",
				Integer.class))
			.isEqualTo(1);
		assertThat(mailsTo("lina@demo.baton.dev")).hasSize(1);
	}

	private java.util.List<MimeMessage> mailsTo(String address) {
		return java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(mail -> MailDeliveryTest.firstRecipient(mail).equals(address))
			.toList();
	}

}
