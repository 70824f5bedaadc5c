package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.BrowserSession;
import dev.baton.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's own API tokens over HTTP: created in a logged-in browser with a name and a
 * lifetime, the secret shown once and stored only as a SHA-256 hash, listed, used as
 * {@code Authorization: Bearer}, revoked; expired tokens and every mistake answered with
 * a problem in the caller's language.
 */
@BatonTest
class ApiTokenLifecycleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@AfterEach
	void forgetTokens() {
		jdbc.update("DELETE FROM baton_api_tokens WHERE user_id IN ('lina', 'wangfang')");
	}

	@Test
	void aPersonCreatesATokenSeesTheSecretOnceAndListsIt() throws Exception {
		// given lina is logged in
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		// when she creates a token for her ERP sync, valid for 30 days
		HttpResponse<String> created = lina.post("/api/me/api-tokens",
				"{\"name\":\" ERP sync \",\"expiresInDays\":30}");
		// then she gets its secret, this once
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String secret = JsonPath.read(created.body(), "$.secret");
		String id = JsonPath.read(created.body(), "$.token.id");
		assertThat(secret).startsWith("bat_").hasSize(47);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/me/api-tokens/" + id);
		assertThat((String) JsonPath.read(created.body(), "$.token.name")).isEqualTo("ERP sync");
		Instant expiresAt = Instant.parse(JsonPath.read(created.body(), "$.token.expiresAt"));
		assertThat(expiresAt).isBetween(Instant.now().plus(29, ChronoUnit.DAYS),
				Instant.now().plus(31, ChronoUnit.DAYS));
		// and her list shows the token by name and hint, never the secret
		HttpResponse<String> list = lina.get("/api/me/api-tokens");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(secret);
		assertThat((List<String>) JsonPath.read(list.body(), "$[*].name")).containsExactly("ERP sync");
		assertThat((List<String>) JsonPath.read(list.body(), "$[*].hint")).containsExactly(secret.substring(0, 8));
		assertThat((List<Boolean>) JsonPath.read(list.body(), "$[*].expired")).containsExactly(false);
		// and Baton keeps only the secret's SHA-256 hash
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM baton_api_tokens WHERE id = ?", id);
		assertThat(row.get("token_hash")).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(secret.substring(8)));
	}

	@Test
	void aTokenCallsTheApiAsItsPersonWithoutCsrfToken() {
		String secret = issue(BrowserSession.logIn(http, "lina", "demo"), "reporting", 7);
		// when the integration asks who it is, and changes something without any CSRF
		// token
		HttpResponse<String> whoAmI = http
			.send(http.request("/api/auth/session").header("Authorization", "Bearer " + secret));
		HttpResponse<String> change = http.send(http.request("/api/requests/no-such-request/urge")
			.header("Authorization", "Bearer " + secret)
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"comment\":\"please\"}")));
		// then it is lina, and the change reached Baton's own checks (no such request)
		assertThat(whoAmI.body()).contains("\"authenticated\":true", "\"id\":\"lina\"");
		assertThat(change.statusCode()).as(change.body()).isEqualTo(404);
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		String secret = issue(lina, "old script", 7);
		String id = onlyTokenId(lina);
		assertThat(callWith(secret, "en-US").statusCode()).isEqualTo(200);
		// when lina revokes it
		assertThat(lina.delete("/api/me/api-tokens/" + id).statusCode()).isEqualTo(204);
		// then the next call with it is refused, and says why
		HttpResponse<String> refused = callWith(secret, "en-US");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
		assertThat(refused.body()).contains("\"code\":\"auth.token.invalid\"", "This API token is not valid");
		assertThat(lina.get("/api/me/api-tokens").body()).isEqualTo("[]");
	}

	@Test
	void nobodyRevokesAnotherPersonsTokenFromTheirOwnList() {
		String wangfangs = issue(BrowserSession.logIn(http, "wangfang", "demo"), "finance export", 7);
		String id = jdbc.queryForObject("SELECT id FROM baton_api_tokens WHERE user_id = 'wangfang'", String.class);
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		HttpResponse<String> attempt = lina.delete("/api/me/api-tokens/" + id);
		assertThat(attempt.statusCode()).isEqualTo(404);
		assertThat(callWith(wangfangs, "en-US").statusCode()).isEqualTo(200);
	}

	@Test
	void anExpiredTokenIsRefusedSayingSoAndListedAsExpired() {
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		String secret = issue(lina, "short-lived", 1);
		// given its day has passed
		jdbc.update("UPDATE baton_api_tokens SET expires_at = ? WHERE user_id = 'lina'",
				Timestamp.from(Instant.now().minusSeconds(1)));
		// then a call with it is refused in the caller's language
		HttpResponse<String> chinese = callWith(secret, "zh-CN");
		assertThat(chinese.statusCode()).isEqualTo(401);
		assertThat(chinese.body()).contains("\"code\":\"auth.token.expired\"", "此 API 令牌已过期");
		assertThat(callWith(secret, "en-US").body()).contains("This API token has expired");
		// and her list marks it expired
		assertThat((List<Boolean>) JsonPath.read(lina.get("/api/me/api-tokens").body(), "$[*].expired"))
			.containsExactly(true);
	}

	@Test
	void lastUseIsRecordedAtMostOnceAMinute() {
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		String secret = issue(lina, "busy integration", 7);
		assertThat(lastUsed()).isNull();
		// when the token is used three times in a row
		for (int call = 0; call < 3; call++) {
			assertThat(callWith(secret, "en-US").statusCode()).isEqualTo(200);
		}
		// then its last use was recorded by the first call only
		Timestamp first = lastUsed();
		assertThat(first).isNotNull();
		assertThat((String) JsonPath.read(lina.get("/api/me/api-tokens").body(), "$[0].lastUsedAt")).isNotNull();
		// and once that is two minutes old, the next use records itself again
		Timestamp twoMinutesAgo = Timestamp.from(first.toInstant().minus(2, ChronoUnit.MINUTES));
		jdbc.update("UPDATE baton_api_tokens SET last_used_at = ? WHERE user_id = 'lina'", twoMinutesAgo);
		assertThat(callWith(secret, "en-US").statusCode()).isEqualTo(200);
		assertThat(lastUsed()).isAfter(twoMinutesAgo);
	}

	@Test
	void mistakesAreProblemsInTheCallersLanguageAndCreateNothing() {
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		// no name and a lifetime of 0 days, in Chinese
		HttpResponse<String> chinese = http.send(lina.request("/api/me/api-tokens")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(Http.json("{\"name\":\"  \",\"expiresInDays\":0}")));
		assertThat(chinese.statusCode()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(chinese.body(), "$.errors[*].field")).containsExactly("name",
				"expiresInDays");
		assertThat(chinese.body()).contains("此字段为必填项", "令牌有效期为 1 到 366 天");
		// too long a lifetime, in English
		HttpResponse<String> english = http.send(lina.request("/api/me/api-tokens")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en-US")
			.POST(Http.json("{\"name\":\"forever\",\"expiresInDays\":400}")));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("\"field\":\"expiresInDays\"", "A token lasts 1 to 366 days.");
		// a name she already uses
		issue(lina, "nightly", 7);
		HttpResponse<String> taken = http.send(lina.request("/api/me/api-tokens")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en-US")
			.POST(Http.json("{\"name\":\"nightly\",\"expiresInDays\":7}")));
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body()).contains("\"code\":\"directory.apiToken.nameTaken\"", "\"field\":\"name\"",
				"You already have a token called \\\"nightly\\\"");
		// then only the one good token exists
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_api_tokens WHERE user_id = 'lina'", Long.class))
			.isEqualTo(1);
		// and a made-up token is refused like a revoked one
		HttpResponse<String> madeUp = callWith("bat_" + "x".repeat(43), "zh-CN");
		assertThat(madeUp.statusCode()).isEqualTo(401);
		assertThat(madeUp.body()).contains("此 API 令牌无效");
	}

	@Test
	void aTokenCannotMakeNewTokens() {
		String secret = issue(BrowserSession.logIn(http, "lina", "demo"), "ci", 7);
		HttpResponse<String> attempt = http.send(http.request("/api/me/api-tokens")
			.header("Authorization", "Bearer " + secret)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en-US")
			.POST(Http.json("{\"name\":\"another\",\"expiresInDays\":366}")));
		assertThat(attempt.statusCode()).isEqualTo(403);
		assertThat(attempt.body()).contains("\"code\":\"auth.token.sessionRequired\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_api_tokens WHERE user_id = 'lina'", Long.class))
			.isEqualTo(1);
	}

	private String issue(BrowserSession browser, String name, int days) {
		HttpResponse<String> created = browser.post("/api/me/api-tokens",
				"{\"name\":\"" + name + "\",\"expiresInDays\":" + days + "}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.secret");
	}

	private String onlyTokenId(BrowserSession browser) {
		List<String> ids = JsonPath.read(browser.get("/api/me/api-tokens").body(), "$[*].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private HttpResponse<String> callWith(String secret, String language) {
		return http.send(http.request("/api/tasks/counts")
			.header("Authorization", "Bearer " + secret)
			.header("Accept-Language", language));
	}

	private Timestamp lastUsed() {
		return jdbc.queryForObject("SELECT last_used_at FROM baton_api_tokens WHERE user_id = 'lina'", Timestamp.class);
	}

}
