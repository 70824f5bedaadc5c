package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.directory.Directory;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.Person;
import dev.baton.directory.PersonUpdate;
import dev.baton.directory.SystemRole;
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
 * A person who leaves, loses a system role or gets a new password loses every session
 * they have, at once: the next request with an old session cookie is 401. Changes that
 * take nothing away leave sessions alone. Real HTTP against a running Baton; every change
 * is undone afterwards, because the demo organisation is shared by all tests.
 */
@BatonTest
class SessionRevocationTest {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	Http http;

	Person zhaolei;

	Person designer;

	Person gaojian;

	String zhoutingsPasswordHash;

	@BeforeEach
	void remember() {
		zhoutingsPasswordHash = jdbc.queryForObject("SELECT password_hash FROM baton_users WHERE id = 'zhouting'",
				String.class);
		http = new Http(port);
		zhaolei = directory.person("zhaolei").orElseThrow();
		designer = directory.person("designer").orElseThrow();
		gaojian = directory.person("gaojian").orElseThrow();
	}

	@AfterEach
	void restore() {
		admin.setActive("zhaolei", true);
		admin.updatePerson("designer", updateOf(designer, designer.systemRoles()));
		admin.updatePerson("gaojian", updateOf(gaojian, gaojian.systemRoles()));
		// "demo" is shorter than a new password may be: put the demo hash back as it was
		// (and she need not change it: the administrator's reset asks her to)
		jdbc.update("UPDATE baton_users SET password_hash = ?, must_change_password = FALSE WHERE id = 'zhouting'",
				zhoutingsPasswordHash);
	}

	@Test
	void aPersonWhoLeavesLosesEverySessionAtOnce() {
		// given zhaolei is logged in on his laptop and his phone, and xuhao on his laptop
		BrowserSession laptop = BrowserSession.logIn(http, "zhaolei", "demo");
		BrowserSession phone = BrowserSession.logIn(http, "zhaolei", "demo");
		BrowserSession xuhao = BrowserSession.logIn(http, "xuhao", "demo");
		assertStillLoggedIn(laptop, phone);
		// when an administrator records that zhaolei has left
		assertThat(asAdmin("/api/admin/directory/people/zhaolei/active", "{\"active\":false}").statusCode())
			.isEqualTo(200);
		// then both of his sessions are over, on the next request
		assertLoggedOut(laptop, phone);
		assertThat(sessionsOf("zhaolei")).isZero();
		// and xuhao's session is untouched
		assertStillLoggedIn(xuhao);
	}

	@Test
	void losingASystemRoleEndsEverySession() {
		// given the designer is logged in twice
		BrowserSession one = BrowserSession.logIn(http, "designer", "demo");
		BrowserSession two = BrowserSession.logIn(http, "designer", "demo");
		assertThat(one.get("/api/modeling/processes").statusCode()).isEqualTo(200);
		// when an administrator takes the designer role away
		assertThat(asAdmin("/api/admin/directory/people/designer", body(updateOf(designer, Set.of()))).statusCode())
			.isEqualTo(200);
		// then neither session works any more
		assertLoggedOut(one, two);
		assertThat(sessionsOf("designer")).isZero();
		// and logging in again gives the rights the person has now
		BrowserSession again = BrowserSession.logIn(http, "designer", "demo");
		assertThat(again.get("/api/modeling/processes").statusCode()).isEqualTo(403);
	}

	@Test
	void aNewPasswordEndsEverySession() {
		// given zhouting is logged in twice
		BrowserSession one = BrowserSession.logIn(http, "zhouting", "demo");
		BrowserSession two = BrowserSession.logIn(http, "zhouting", "demo");
		// when an administrator sets her a new password
		assertThat(asAdmin("/api/admin/directory/people/zhouting/password", "{\"password\":\"a-new-secret-9\"}")
			.statusCode()).isEqualTo(204);
		// then both sessions are over and only the new password logs in
		assertLoggedOut(one, two);
		assertThat(sessionsOf("zhouting")).isZero();
		BrowserSession.logIn(http, "zhouting", "a-new-secret-9");
	}

	@Test
	void anImportThatMarksAPersonAsLeftEndsTheirSessions() {
		// given zhaolei is logged in
		BrowserSession laptop = BrowserSession.logIn(http, "zhaolei", "demo");
		// when an administrator imports a file that says he has left
		String csv = "login,name,active\nzhaolei," + zhaolei.displayName() + ",no\n";
		HttpResponse<String> imported = importPeople(csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		// then his session is over
		assertLoggedOut(laptop);
	}

	@Test
	void changesThatTakeNothingAwayKeepTheSessions() {
		// given gaojian is logged in
		BrowserSession session = BrowserSession.logIn(http, "gaojian", "demo");
		// when an administrator changes his phone number and makes him an analyst too
		PersonUpdate more = new PersonUpdate(gaojian.displayName(), gaojian.email(), "13900001234",
				gaojian.departmentId(), gaojian.managerId(), Set.of(SystemRole.ANALYST), gaojian.roleIds());
		assertThat(asAdmin("/api/admin/directory/people/gaojian", body(more)).statusCode()).isEqualTo(200);
		// then he is still logged in (the new role counts from his next login)
		assertStillLoggedIn(session);
	}

	private void assertLoggedOut(BrowserSession... sessions) {
		for (BrowserSession session : sessions) {
			HttpResponse<String> response = session.get("/api/requests?scope=mine");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
			assertThat(response.body()).contains("\"code\":\"auth.required\"");
		}
	}

	private void assertStillLoggedIn(BrowserSession... sessions) {
		for (BrowserSession session : sessions) {
			HttpResponse<String> response = session.get("/api/requests?scope=mine");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
	}

	private long sessionsOf(String userId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_session WHERE principal_name = ?", Long.class, userId);
	}

	private HttpResponse<String> asAdmin(String path, String body) {
		return http
			.send(http.request(path, "admin", "demo").header("Content-Type", "application/json").PUT(Http.json(body)));
	}

	private HttpResponse<String> importPeople(String csv) {
		String boundary = "baton-test-boundary";
		String multipart = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return http.send(http.request("/api/admin/directory/import", "admin", "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8)));
	}

	private static PersonUpdate updateOf(Person person, Set<SystemRole> systemRoles) {
		return new PersonUpdate(person.displayName(), person.email(), person.phone(), person.departmentId(),
				person.managerId(), systemRoles, person.roleIds());
	}

	private String body(PersonUpdate update) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", update.displayName());
		body.put("email", update.email());
		body.put("phone", update.phone());
		body.put("departmentId", update.departmentId());
		body.put("managerId", update.managerId());
		body.put("roleIds", List.copyOf(update.roleIds()));
		body.put("systemRoles",
				update.systemRoles()
					.stream()
					.filter(role -> role != SystemRole.EMPLOYEE)
					.map(role -> role.name().toLowerCase(Locale.ROOT))
					.toList());
		try {
			return json.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
