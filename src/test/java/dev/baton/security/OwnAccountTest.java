package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.support.BatonTest;
import dev.baton.support.BrowserSession;
import dev.baton.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Everybody's own account: a password an administrator chose must be changed at the next
 * login before anything else (the server refuses every other call until then); changing
 * one's password needs the current one and follows the administrator's rules; one's
 * language is stored and handed back at each login. Over real HTTP with browser sessions,
 * as the web app does it; each test makes its own person and marks them as left
 * afterwards.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OwnAccountTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	DirectoryAdmin directory;

	Http http;

	String login;

	@BeforeEach
	void givenANewPersonWhomTheAdministratorGaveAFirstPassword() {
		http = new Http(port);
		login = "acct-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = http.send(http.request("/api/admin/directory/people", "admin", "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"id\":\"" + login + "\",\"displayName\":\"新同事\",\"password\":\"first-pass-1\"}")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@AfterEach
	void markThemAsLeft() {
		directory.setActive(login, false);
	}

	@Test
	void a_first_password_must_be_changed_before_anything_else() throws Exception {
		// when the person logs in with the password the administrator chose
		Login first = logIn("first-pass-1");
		// then the login answer says so
		assertThat(first.user().path("mustChangePassword").asBoolean()).isTrue();
		// and every other call is refused with a clear code, in a session and with Basic
		HttpResponse<String> inbox = http.send(first.request("/api/tasks/counts"));
		assertThat(inbox.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(inbox.body()).path("code").asText()).isEqualTo("auth.passwordChangeRequired");
		assertThat(http.send(http.request("/api/requests", login, "first-pass-1")).statusCode()).isEqualTo(403);
		// but "who am I" still answers
		assertThat(http.send(first.request("/api/auth/session")).statusCode()).isEqualTo(200);

		// when they change it
		HttpResponse<String> changed = http.send(first.request("/api/me/password")
			.header("Content-Type", "application/json")
			.PUT(Http.json("{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"my-own-secret\"}")));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		// then the browser carries on in a new session that may do everything
		Login after = first.withSession(BrowserSession.cookie(changed, BrowserSession.SESSION_COOKIE).orElseThrow());
		assertThat(http.send(after.request("/api/tasks/counts")).statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(http.send(after.request("/api/auth/session")).body())
			.path("user")
			.path("mustChangePassword")
			.asBoolean()).isFalse();
		// and the old session is over, the old password no longer works, the new one does
		assertThat(http.send(first.request("/api/tasks/counts")).statusCode()).isEqualTo(401);
		assertThat(http.send(http.request("/api/tasks/counts", login, "first-pass-1")).statusCode()).isEqualTo(401);
		assertThat(logIn("my-own-secret").user().path("mustChangePassword").asBoolean()).isFalse();

		// when the administrator resets it again, then it must be changed again
		assertThat(http
			.send(http.request("/api/admin/directory/people/" + login + "/password", "admin", "demo")
				.header("Content-Type", "application/json")
				.PUT(Http.json("{\"password\":\"second-pass-2\"}")))
			.statusCode()).isEqualTo(204);
		assertThat(logIn("second-pass-2").user().path("mustChangePassword").asBoolean()).isTrue();
	}

	@Test
	void a_wrong_current_password_or_a_too_short_new_one_is_refused_naming_the_field() throws Exception {
		Login session = logIn("first-pass-1");
		HttpResponse<String> wrong = http.send(session.request("/api/me/password")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.PUT(Http.json("{\"currentPassword\":\"guessing\",\"newPassword\":\"my-own-secret\"}")));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(wrong.body()).path("errors").get(0).path("field").asText())
			.isEqualTo("currentPassword");
		assertThat(JSON.readTree(wrong.body()).path("errors").get(0).path("message").asText()).isEqualTo("当前密码不正确。");
		HttpResponse<String> tooShort = http.send(session.request("/api/me/password")
			.header("Content-Type", "application/json")
			.PUT(Http.json("{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"short\"}")));
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooShort.body()).path("errors").get(0).path("field").asText())
			.isEqualTo("newPassword");
		// and the first password still works and must still be changed
		assertThat(logIn("first-pass-1").user().path("mustChangePassword").asBoolean()).isTrue();
	}

	@Test
	void a_person_s_language_is_stored_and_handed_back_at_login() throws Exception {
		// given the person chose their own password
		assertThat(http
			.send(logIn("first-pass-1").request("/api/me/password")
				.header("Content-Type", "application/json")
				.PUT(Http.json("{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"my-own-secret\"}")))
			.statusCode()).isEqualTo(204);
		Login session = logIn("my-own-secret");
		assertThat(session.user().path("language").isNull()).isTrue();
		// when they choose English
		assertThat(http
			.send(session.request("/api/me/language")
				.header("Content-Type", "application/json")
				.PUT(Http.json("{\"language\":\"en-US\"}")))
			.statusCode()).isEqualTo(204);
		// then the next login says so
		assertThat(logIn("my-own-secret").user().path("language").asText()).isEqualTo("en-US");
		// and a language Baton does not speak is refused naming the field
		HttpResponse<String> french = http.send(session.request("/api/me/language")
			.header("Content-Type", "application/json")
			.PUT(Http.json("{\"language\":\"fr-FR\"}")));
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(french.body()).path("errors").get(0).path("field").asText()).isEqualTo("language");
	}

	@Test
	void the_demo_people_need_not_change_their_password() throws Exception {
		assertThat(new Login(http, "zhangwei", "demo").user().path("mustChangePassword").asBoolean()).isFalse();
	}

	private Login logIn(String password) throws Exception {
		return new Login(http, login, password);
	}

	/** A browser's login: its session and CSRF cookies, and the login's answer. */
	private static final class Login {

		private final Http http;

		private final String xsrf;

		private final String session;

		private final JsonNode answer;

		Login(Http http, String login, String password) throws Exception {
			this.http = http;
			this.xsrf = BrowserSession.xsrfToken(http);
			HttpResponse<String> response = http.send(http.request("/api/auth/login")
				.header("Content-Type", "application/json")
				.header("Cookie", "XSRF-TOKEN=" + xsrf)
				.header("X-XSRF-TOKEN", xsrf)
				.POST(Http.json("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			this.session = BrowserSession.cookie(response, BrowserSession.SESSION_COOKIE).orElseThrow();
			this.answer = JSON.readTree(response.body());
		}

		private Login(Login other, String session) {
			this.http = other.http;
			this.xsrf = other.xsrf;
			this.session = session;
			this.answer = other.answer;
		}

		Login withSession(String session) {
			return new Login(this, session);
		}

		JsonNode user() {
			return answer.path("user");
		}

		java.net.http.HttpRequest.Builder request(String path) {
			return http.request(path)
				.header("Cookie", BrowserSession.SESSION_COOKIE + "=" + session + "; XSRF-TOKEN=" + xsrf)
				.header("X-XSRF-TOKEN", xsrf);
		}

	}

}
