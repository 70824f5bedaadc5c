package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.baton.directory.ApiTokens;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calls that authenticate themselves (HTTP Basic, API tokens) or nobody at all leave no
 * session behind: no row in the session table, no session cookie. Only the browser login
 * starts a session.
 */
@BatonTest
class StatelessApiCallsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens tokens;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void httpBasicCallsCreateNoSessionAndSetNoCookie() {
		// given the sessions there are
		long sessions = sessionRows();
		// when API clients call Baton's API and the engine's with HTTP Basic, reading and
		// writing
		List<HttpResponse<String>> answers = List.of(http.send(http.request("/api/tasks/counts", "lina", "demo")),
				http.send(http.request("/api/requests?scope=mine", "zhangwei", "demo")),
				http.send(http.request("/engine-rest/version", "designer", "demo")),
				http.send(http.request("/engine-rest/deployment?maxResults=0", "designer", "demo")),
				http.send(http.request("/api/requests/none-such/urge", "zhangwei", "demo")
					.header("Content-Type", "application/json")
					.POST(Http.json("{\"comment\":\"?\"}"))));
		// then they were answered
		assertThat(answers.subList(0, 4)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
		assertThat(answers.get(4).statusCode()).isEqualTo(404);
		// and no session was stored or offered
		assertNoSessionCookie(answers);
		assertThat(sessionRows()).isEqualTo(sessions);
	}

	@Test
	void anonymousCallsCreateNoSession() {
		long sessions = sessionRows();
		List<HttpResponse<String>> answers = List.of(http.send(http.request("/api/requests")),
				http.send(http.request("/engine-rest/process-definition")),
				http.send(http.request("/api/auth/session")),
				http.send(http.request("/api/tasks/counts", "lina", "wrong-password")));
		assertThat(answers.get(0).statusCode()).isEqualTo(401);
		assertThat(answers.get(1).statusCode()).isEqualTo(401);
		assertThat(answers.get(2).statusCode()).isEqualTo(200);
		assertThat(answers.get(3).statusCode()).isEqualTo(401);
		assertNoSessionCookie(answers);
		assertThat(sessionRows()).isEqualTo(sessions);
	}

	@Test
	void apiTokenCallsCreateNoSessionAndSetNoCookie() {
		String employee = tokens.issue("liuyang", "no session please " + System.nanoTime(), 7).secret();
		String designer = tokens.issue("designer", "no session please " + System.nanoTime(), 7).secret();
		long sessions = sessionRows();
		List<HttpResponse<String>> answers = List.of(http.send(bearer("/api/tasks/counts", employee)),
				http.send(bearer("/api/requests?scope=mine", employee)),
				http.send(bearer("/engine-rest/version", designer)));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
		assertNoSessionCookie(answers);
		assertThat(sessionRows()).isEqualTo(sessions);
	}

	private HttpRequest.Builder bearer(String path, String secret) {
		return http.request(path).header("Authorization", "Bearer " + secret);
	}

	private static void assertNoSessionCookie(List<HttpResponse<String>> answers) {
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.headers().allValues("Set-Cookie")).as(answer.uri().toString())
				.noneMatch(cookie -> cookie.startsWith("BATON_SESSION="));
		}
	}

	private long sessionRows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_session", Long.class);
	}

}
