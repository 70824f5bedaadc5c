package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import dev.baton.directory.ApiTokens;
import dev.baton.directory.Directory;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.Person;
import dev.baton.directory.PersonUpdate;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An API token carries exactly its person's rights, as they are at the moment of each
 * call: a designer's token reaches {@code /engine-rest} as Camunda Modeler uses it, an
 * employee's does not; a lost role or a person who left counts at once. Administrators
 * list and revoke anybody's tokens.
 */
@BatonTest
class ApiTokenRightsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryAdmin admin;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	Person designer;

	@BeforeEach
	void connect() {
		http = new Http(port);
		designer = directory.person("designer").orElseThrow();
	}

	@AfterEach
	void restore() {
		admin.setActive("yangxue", true);
		admin.updatePerson("designer", new PersonUpdate(designer.displayName(), designer.email(), designer.phone(),
				designer.departmentId(), designer.managerId(), designer.systemRoles(), designer.roleIds()));
		jdbc.update("DELETE FROM baton_api_tokens WHERE user_id IN ('designer', 'yangxue', 'wujing', 'zhangwei')");
	}

	@Test
	void aDesignersTokenReachesTheEngineRestApiAsCamundaModelerUsesIt() {
		String secret = tokens.issue("designer", "Camunda Modeler", 90).secret();
		assertThat(call("/engine-rest/version", secret).statusCode()).isEqualTo(200);
		assertThat(call("/engine-rest/deployment?maxResults=0", secret).statusCode()).isEqualTo(200);
		assertThat(call("/api/modeling/processes", secret).statusCode()).isEqualTo(200);
	}

	@Test
	void anEmployeesTokenHasAnEmployeesRightsOnly() {
		String secret = tokens.issue("zhangwei", "my script", 30).secret();
		assertThat(call("/api/requests?scope=mine", secret).statusCode()).isEqualTo(200);
		for (String forbidden : List.of("/engine-rest/version", "/api/modeling/processes", "/api/admin/api-tokens",
				"/api/requests?scope=all")) {
			HttpResponse<String> answer = call(forbidden, secret);
			assertThat(answer.statusCode()).as(forbidden).isEqualTo(403);
		}
	}

	@Test
	void aLostSystemRoleCountsAtTheNextCall() {
		// given the designer's token reaches the engine REST API
		String secret = tokens.issue("designer", "Camunda Modeler", 90).secret();
		assertThat(call("/engine-rest/version", secret).statusCode()).isEqualTo(200);
		// when an administrator takes the designer role away
		admin.updatePerson("designer", new PersonUpdate(designer.displayName(), designer.email(), designer.phone(),
				designer.departmentId(), designer.managerId(), Set.of(), designer.roleIds()));
		// then the very next call with the token is refused
		HttpResponse<String> refused = call("/engine-rest/version", secret);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("\"code\":\"auth.forbidden\"");
		// while what an employee may do still works
		assertThat(call("/api/tasks/counts", secret).statusCode()).isEqualTo(200);
	}

	@Test
	void aPersonWhoLeavesLosesTheirTokensAtOnce() {
		String secret = tokens.issue("yangxue", "timesheet sync", 30).secret();
		assertThat(call("/api/tasks/counts", secret).statusCode()).isEqualTo(200);
		// when yangxue leaves
		assertThat(http
			.send(http.request("/api/admin/directory/people/yangxue/active", "admin", "demo")
				.header("Content-Type", "application/json")
				.PUT(Http.json("{\"active\":false}")))
			.statusCode()).isEqualTo(200);
		// then her token is refused at once, and stays so should she come back
		assertThat(call("/api/tasks/counts", secret).statusCode()).isEqualTo(401);
		admin.setActive("yangxue", true);
		assertThat(call("/api/tasks/counts", secret).statusCode()).isEqualTo(401);
		assertThat(tokens.of("yangxue")).isEmpty();
	}

	@Test
	void administratorsListAndRevokeAnybodysTokens() {
		// given wujing has two tokens and zhangwei one
		String wujings = tokens.issue("wujing", "supplier portal", 30).secret();
		tokens.issue("wujing", "stock sync", 30);
		tokens.issue("zhangwei", "crm", 30);
		// when an administrator lists wujing's tokens
		HttpResponse<String> listed = http
			.send(http.request("/api/admin/api-tokens?userId=wujing&page=0&size=10", "admin", "demo"));
		// then both are there, with their owner, and no secret
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(listed.body(), "$.total")).isEqualTo(2);
		assertThat((List<String>) JsonPath.read(listed.body(), "$.items[*].name"))
			.containsExactlyInAnyOrder("supplier portal", "stock sync");
		assertThat((List<String>) JsonPath.read(listed.body(), "$.items[*].owner.name")).containsOnly("吴静");
		assertThat(listed.body()).doesNotContain(wujings);
		// and the whole list holds zhangwei's too
		HttpResponse<String> everybody = http.send(http.request("/api/admin/api-tokens", "admin", "demo"));
		assertThat((List<String>) JsonPath.read(everybody.body(), "$.items[*].owner.id")).contains("wujing",
				"zhangwei");
		// when the administrator revokes the supplier portal token
		String id = JsonPath.<List<String>>read(listed.body(), "$.items[?(@.name == 'supplier portal')].id").get(0);
		assertThat(http.send(http.request("/api/admin/api-tokens/" + id, "admin", "demo").DELETE()).statusCode())
			.isEqualTo(204);
		// then it stops working, and the other stays
		assertThat(call("/api/tasks/counts", wujings).statusCode()).isEqualTo(401);
		assertThat(tokens.of("wujing")).extracting("name").containsExactly("stock sync");
	}

	@Test
	void onlyAdministratorsSeeOrRevokeOthersTokens() {
		tokens.issue("wujing", "supplier portal", 30);
		String id = tokens.of("wujing").get(0).id();
		HttpRequest.Builder list = http.request("/api/admin/api-tokens", "zhangwei", "demo");
		HttpRequest.Builder revoke = http.request("/api/admin/api-tokens/" + id, "zhangwei", "demo").DELETE();
		assertThat(http.send(list).statusCode()).isEqualTo(403);
		assertThat(http.send(revoke).statusCode()).isEqualTo(403);
		assertThat(tokens.of("wujing")).hasSize(1);
		// and an administrator asking for an impossible page is told which parameter
		HttpResponse<String> badPage = http.send(http.request("/api/admin/api-tokens?page=-1&size=500", "admin", "demo")
			.header("Accept-Language", "en-US"));
		assertThat(badPage.statusCode()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(badPage.body(), "$.errors[*].field")).containsExactly("page", "size");
	}

	private HttpResponse<String> call(String path, String secret) {
		return http.send(http.request(path).header("Authorization", "Bearer " + secret));
	}

}
