package dev.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.NewPerson;
import dev.baton.directory.SystemRole;
import dev.baton.support.BatonTest;

/**
 * An auditor reads everything and changes nothing: every endpoint of Baton's API that
 * writes — found from the application's own mappings, so a new one is covered the day it
 * is added — answers 403 to an auditor's login, even one that is also an administrator,
 * and nothing changes. Only their own account stays theirs to change.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditorReadOnlyTest {

	static final String AUDITOR = "audit-admin";

	static final String PASSWORD = "read-only-9";

	@Autowired
	MockMvc http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DirectoryAdmin directory;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenALoginThatIsAuditorAndAdministrator() {
		directory.createPerson(new NewPerson(AUDITOR, "审计管理员", null, null, null, null, true,
				Set.of(SystemRole.AUDITOR, SystemRole.ADMIN), Set.of()), PASSWORD);
	}

	@Test
	void every_write_endpoint_answers_403_to_an_auditor_and_nothing_changes() throws Exception {
		// given
		long ledgerRows = count("baton_approval_ledger");
		long people = count("baton_users");
		long drafts = count("baton_modeling_draft");
		List<String> writes = writeEndpoints();
		assertThat(writes).as("write endpoints found").hasSizeGreaterThan(20);
		// when the auditor calls each
		List<String> notRefused = new ArrayList<>();
		for (String write : writes) {
			String[] parts = write.split(" ", 2);
			MockHttpServletResponse answer = http
				.perform(request(HttpMethod.valueOf(parts[0]), parts[1]).with(httpBasic(AUDITOR, PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andReturn()
				.getResponse();
			if (answer.getStatus() != 403 || !answer.getContentAsString().contains("auth.auditorReadOnly")) {
				notRefused.add(write + " → " + answer.getStatus());
			}
		}
		// then every one was refused as a write of an auditor
		assertThat(notRefused).isEmpty();
		// and nothing changed
		assertThat(count("baton_approval_ledger")).isEqualTo(ledgerRows);
		assertThat(count("baton_users")).isEqualTo(people);
		assertThat(count("baton_modeling_draft")).isEqualTo(drafts);
	}

	@Test
	void an_auditor_still_reads_and_changes_their_own_language() throws Exception {
		assertThat(status(HttpMethod.GET, "/api/audit/entries", null)).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/api/admin/settings", null)).isEqualTo(200);
		assertThat(status(HttpMethod.PUT, "/api/me/language", "{\"language\":\"en-US\"}")).isEqualTo(204);
	}

	/** "METHOD /path" of every mapped write under /api, path variables filled in. */
	private List<String> writeEndpoints() {
		List<String> writes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
				if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/api/") && !pattern.startsWith("/api/auth/")
							&& !pattern.startsWith("/api/me/")) {
						writes.add(verb.name() + " " + pattern.replaceAll("\\{[^}]+}", "x"));
					}
				}
			}
		});
		writes.add("POST /engine-rest/process-definition/key/leave-request/start");
		writes.add("DELETE /engine-rest/process-instance/x");
		return writes;
	}

	private int status(HttpMethod method, String path, String body) throws Exception {
		var request = request(method, path).with(httpBasic(AUDITOR, PASSWORD));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return http.perform(request).andReturn().getResponse().getStatus();
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

}
