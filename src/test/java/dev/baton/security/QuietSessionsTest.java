package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.baton.directory.ApiTokens;
import dev.baton.support.BatonInstance;
import dev.baton.support.BrowserSession;
import dev.baton.support.H2FileDatabase;
import dev.baton.support.Http;
import dev.baton.support.StatementLog;
import dev.baton.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logged-in requests that only read write nothing to the session tables; the session's
 * last-access time is stored again only once it is five minutes old; API-token requests
 * cost one lookup and no session. Every SQL statement Baton sends is recorded by a
 * {@link StatementLog} around its data source (Baton on an H2 file here, on MariaDB in
 * the subclass).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuietSessionsTest {

	private static final String SESSIONS = "baton_session";

	TestDatabase database;

	ConfigurableApplicationContext baton;

	StatementLog sql;

	JdbcTemplate jdbc;

	Http http;

	TestDatabase newDatabase() {
		return new H2FileDatabase();
	}

	@BeforeAll
	void startBaton() {
		database = newDatabase();
		// no scheduled clean-up of expired sessions: only requests touch the table here
		baton = BatonInstance.start(database,
				Map.of("baton.demo.enabled", "true", "baton.security.session.cleanup-cron", "-"), StatementLog.class);
		sql = baton.getBean(StatementLog.class);
		jdbc = baton.getBean(JdbcTemplate.class);
		http = new Http(((WebServerApplicationContext) baton).getWebServer().getPort());
	}

	@AfterAll
	void stopBaton() {
		baton.close();
		database.close();
	}

	@Test
	void plainGetsWithASessionWriteNothingToTheSessionTables() {
		// given lina is logged in
		BrowserSession lina = BrowserSession.logIn(http, "lina", "demo");
		long lastAccess = lastAccess(lina);
		// when her browser loads pages: who am I, the inbox badges, her requests
		int mark = sql.mark();
		for (String page : List.of("/api/auth/session", "/api/tasks/counts", "/api/requests?scope=mine")) {
			HttpResponse<String> response = lina.get(page);
			assertThat(response.statusCode()).as(page + ": " + response.body()).isEqualTo(200);
			assertThat(BrowserSession.cookie(response, BrowserSession.SESSION_COOKIE)).as(page).isEmpty();
		}
		// then the session was read once per request and never written
		assertThat(sql.touching(mark, SESSIONS)).hasSize(3).allMatch(this::isSelect);
		assertThat(sql.writesTo(mark, SESSIONS)).isEmpty();
		assertThat(lastAccess(lina)).isEqualTo(lastAccess);
	}

	@Test
	void theLastAccessTimeIsStoredAgainOnceItIsFiveMinutesOld() {
		// given wangfang's session was last stored six minutes ago
		BrowserSession wangfang = BrowserSession.logIn(http, "wangfang", "demo");
		long sixMinutes = 6 * 60 * 1000;
		jdbc.update("UPDATE baton_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "WHERE session_id = ?", sixMinutes, sixMinutes, wangfang.storedSessionId());
		long stale = lastAccess(wangfang);
		// when she loads a page
		int mark = sql.mark();
		assertThat(wangfang.get("/api/tasks/counts").statusCode()).isEqualTo(200);
		// then the session row is written once, with a fresh last-access and expiry time
		assertThat(sql.writesTo(mark, SESSIONS)).hasSize(1).allMatch(statement -> statement.startsWith("UPDATE"));
		assertThat(lastAccess(wangfang)).isGreaterThanOrEqualTo(stale + sixMinutes);
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT last_access_time, expiry_time, max_inactive_interval FROM baton_session WHERE session_id = ?",
				wangfang.storedSessionId());
		assertThat(((Number) row.get("expiry_time")).longValue())
			.isEqualTo(((Number) row.get("last_access_time")).longValue()
					+ ((Number) row.get("max_inactive_interval")).longValue() * 1000);
		// and the next page writes nothing again
		int next = sql.mark();
		assertThat(wangfang.get("/api/tasks/counts").statusCode()).isEqualTo(200);
		assertThat(sql.writesTo(next, SESSIONS)).isEmpty();
	}

	@Test
	void loggingInAndOutAreWhatWritesTheSession() {
		// when zhouming logs in
		int mark = sql.mark();
		BrowserSession zhouming = BrowserSession.logIn(http, "zhouming", "demo");
		// then his session was stored in one transaction
		assertThat(sql.writesTo(mark, SESSIONS)).isNotEmpty().allMatch(statement -> statement.startsWith("INSERT"));
		assertThat(jdbc.queryForObject("SELECT principal_name FROM baton_session WHERE session_id = ?", String.class,
				zhouming.storedSessionId()))
			.isEqualTo("zhouming");
		// and when he logs out, it is deleted
		int logout = sql.mark();
		assertThat(zhouming.post("/api/auth/logout", "{}").statusCode()).isEqualTo(204);
		assertThat(sql.writesTo(logout, SESSIONS)).hasSize(1).allMatch(statement -> statement.startsWith("DELETE"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_session WHERE session_id = ?", Integer.class,
				zhouming.storedSessionId()))
			.isZero();
	}

	@Test
	void aBearerRequestCostsOneIndexedLookupAndNoSession() {
		// given chenjie has an API token that was used a moment ago
		String secret = baton.getBean(ApiTokens.class).issue("chenjie", "statement count", 30).secret();
		assertThat(callWith(secret).statusCode()).isEqualTo(200);
		long sessions = jdbc.queryForObject("SELECT COUNT(*) FROM baton_session", Long.class);
		// when his integration calls again
		int mark = sql.mark();
		HttpResponse<String> response = callWith(secret);
		// then it is chenjie's answer
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"chenjie\"");
		// and authenticating took one statement: the token, its person and their system
		// roles, found by the hash's unique index
		List<String> tokenStatements = sql.touching(mark, "baton_api_tokens");
		assertThat(tokenStatements).hasSize(1);
		assertThat(tokenStatements.get(0)).containsIgnoringCase("t.token_hash = ?")
			.containsIgnoringCase("baton_users")
			.containsIgnoringCase("baton_user_system_roles");
		// and no session was read, written or sent
		assertThat(sql.touching(mark, SESSIONS)).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("BATON_SESSION"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_session", Long.class)).isEqualTo(sessions);
	}

	private HttpResponse<String> callWith(String secret) {
		return http.send(http.request("/api/auth/session").header("Authorization", "Bearer " + secret));
	}

	private long lastAccess(BrowserSession browser) {
		return jdbc.queryForObject("SELECT last_access_time FROM baton_session WHERE session_id = ?", Long.class,
				browser.storedSessionId());
	}

	private boolean isSelect(String statement) {
		return statement.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT");
	}

}
