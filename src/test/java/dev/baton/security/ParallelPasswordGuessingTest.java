package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.support.BatonTest;
import dev.baton.support.BrowserSession;
import dev.baton.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login throttle holds against guesses sent all at once: of 40 simultaneous wrong
 * passwords for one login at most 5 are ever checked against a hash, counted by the
 * password encoder's meter, because each attempt is counted before its password is looked
 * at. Real concurrent HTTP requests against a running Baton.
 */
@BatonTest
class ParallelPasswordGuessingTest {

	private static final int GUESSES = 40;

	private static final int FREE_ATTEMPTS = 5;

	@LocalServerPort
	int port;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@AfterEach
	void unlock() {
		// the accounts used here stay locked for 30 s otherwise; other tests share them
		jdbc.update("DELETE FROM baton_login_throttle WHERE login IN ('huangqiang', 'nobody-at-all', 'wujing')");
	}

	@Test
	void fortySimultaneousWrongPasswordsForOneLoginCheckAtMostFive() {
		// given nobody has guessed at huangqiang's password yet
		long checksBefore = passwordChecks();
		// when 40 wrong passwords for huangqiang arrive at the same moment
		List<HttpResponse<String>> answers = guessAllAtOnce("huangqiang", attempt -> "wrong-" + attempt);
		// then exactly five were checked against his password hash and answered 401
		assertThat(passwordChecks() - checksBefore).isEqualTo(FREE_ATTEMPTS);
		assertThat(statusCounts(answers))
			.isEqualTo(Map.of(401, (long) FREE_ATTEMPTS, 429, (long) GUESSES - FREE_ATTEMPTS));
		// and the other 35 were told to wait, in the caller's language
		HttpResponse<String> waiting = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().get();
		assertThat(Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 31L);
		assertThat(waiting.body()).contains("\"code\":\"auth.throttled\"", "Try again in");
		// and the throttle counted five failures, no more
		assertThat(jdbc.queryForObject("SELECT failures FROM baton_login_throttle WHERE login = 'huangqiang'",
				Integer.class))
			.isEqualTo(FREE_ATTEMPTS);
		// and now even the right password waits, without being checked
		long checksNow = passwordChecks();
		assertThat(login("huangqiang", "demo").statusCode()).isEqualTo(429);
		assertThat(passwordChecks()).isEqualTo(checksNow);
	}

	@Test
	void fortySimultaneousGuessesAtAnUnknownLoginAreThrottledAlike() {
		long checksBefore = passwordChecks();
		List<HttpResponse<String>> answers = guessAllAtOnce("nobody-at-all", attempt -> "guess-" + attempt);
		// an unknown login costs a dummy hash check per attempt, so it looks like a real
		// one
		assertThat(passwordChecks() - checksBefore).isEqualTo(FREE_ATTEMPTS);
		assertThat(statusCounts(answers))
			.isEqualTo(Map.of(401, (long) FREE_ATTEMPTS, 429, (long) GUESSES - FREE_ATTEMPTS));
	}

	@Test
	void fortySimultaneousWrongBasicPasswordsCheckAtMostFiveToo() {
		long checksBefore = passwordChecks();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int attempt = 0; attempt < GUESSES; attempt++) {
			calls.add(client.sendAsync(http.request("/api/tasks/counts", "huangqiang", "basic-" + attempt).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
		assertThat(passwordChecks() - checksBefore).isEqualTo(FREE_ATTEMPTS);
		assertThat(statusCounts(answers))
			.isEqualTo(Map.of(401, (long) FREE_ATTEMPTS, 429, (long) GUESSES - FREE_ATTEMPTS));
	}

	@Test
	void twentySimultaneousRightBasicPasswordsAreAllLetInAndLockNothing() {
		// given an integration that calls Baton as wujing with HTTP Basic, twenty calls
		// at
		// once
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int call = 0; call < 20; call++) {
			calls.add(client.sendAsync(http.request("/api/tasks/counts", "wujing", "demo").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		// when they are answered
		List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
		// then every one was let in: right passwords under way are not failures
		assertThat(statusCounts(answers)).isEqualTo(Map.of(200, 20L));
		// and nothing is left counted against wujing
		assertThat(jdbc.queryForList(
				"SELECT failures FROM baton_login_throttle WHERE login = 'wujing' AND failures > 0", Integer.class))
			.isEmpty();
		assertThat(login("wujing", "demo").statusCode()).isEqualTo(200);
	}

	private List<HttpResponse<String>> guessAllAtOnce(String login, Function<Integer, String> password) {
		String xsrf = BrowserSession.xsrfToken(http);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int attempt = 0; attempt < GUESSES; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "en-US")
				.header("Cookie", "XSRF-TOKEN=" + xsrf)
				.header("X-XSRF-TOKEN", xsrf)
				.POST(Http.json("{\"login\":\"" + login + "\",\"password\":\"" + password.apply(attempt) + "\"}"))
				.build();
			calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		return calls.stream().map(CompletableFuture::join).toList();
	}

	private HttpResponse<String> login(String login, String password) {
		String xsrf = BrowserSession.xsrfToken(http);
		return http.send(http.request("/api/auth/login")
			.header("Content-Type", "application/json")
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.header("X-XSRF-TOKEN", xsrf)
			.POST(Http.json("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")));
	}

	private static Map<Integer, Long> statusCounts(List<HttpResponse<String>> answers) {
		return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
	}

	private long passwordChecks() {
		return ((CountedPasswordEncoder) passwords).checks();
	}

}
