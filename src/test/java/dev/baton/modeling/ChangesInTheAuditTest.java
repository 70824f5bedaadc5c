package dev.baton.modeling;

import static dev.baton.modeling.DesignerModels.expenseClaim;
import static dev.baton.modeling.DesignerModels.expenseClaimForms;
import static dev.baton.modeling.DesignerModels.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.baton.support.BatonTest;

/**
 * Changes that concern no request are in the same audit view as the decisions: a process
 * published, rolled back and a draft discarded, and a person created, changed, marked as
 * left and given a new password, each with who did it. (Processes published here stay, as
 * the designer's tests' do; the person is marked as left.)
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangesInTheAuditTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROCESSES = "/api/modeling/processes";

	@Autowired
	MockMvc http;

	@Test
	void publishing_rolling_back_and_discarding_a_model_are_in_the_audit() throws Exception {
		// given a designer publishes a process, rolls back to version 1 and discards a
		// new draft
		String key = "audit-claim-" + UUID.randomUUID().toString().substring(0, 8);
		as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
					.content("{\"key\":\"" + key + "\",\"name\":{\"zh\":\"审计报销\",\"en\":\"Audit claim\"}}"))
			.andExpect(status().isCreated());
		as("designer",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, expenseClaim(key, "finance-manager"), expenseClaimForms(key))))
			.andExpect(status().isOk());
		as("designer", post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"revision\":2}")).andExpect(status().isCreated());
		as("designer", post(PROCESSES + "/" + key + "/versions/1/republish")).andExpect(status().isCreated());
		as("designer", post(PROCESSES + "/" + key + "/draft")).andExpect(status().isCreated());
		as("designer", delete(PROCESSES + "/" + key + "/draft")).andExpect(status().isNoContent());
		// when the administrator looks at the process in the audit
		JsonNode page = body(as("admin", get("/api/audit/entries").param("process", key)));
		// then the three changes are there, newest first, by the designer
		List<String> decisions = new ArrayList<>();
		page.path("items").forEach(item -> decisions.add(item.path("decision").asText()));
		assertThat(decisions).containsExactly("draft-discarded", "model-rolled-back", "model-published");
		page.path("items").forEach(item -> assertThat(item.path("actor").path("id").asText()).isEqualTo("designer"));
		assertThat(page.path("items").get(1).path("comment").asText()).isEqualTo("v1 → v2");
		assertThat(page.path("items").get(1).path("processKey").asText()).isEqualTo(key);
	}

	@Test
	void creating_changing_deactivating_a_person_and_resetting_a_password_are_in_the_audit() throws Exception {
		String id = "audited-" + UUID.randomUUID().toString().substring(0, 6);
		// given the administrator creates a person, changes them, resets their password
		// and
		// marks them as left
		as("admin", post("/api/admin/directory/people").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"displayName\":\"被审计\"}")).andExpect(status().isCreated());
		as("admin", put("/api/admin/directory/people/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"被审计者\"}")).andExpect(status().isOk());
		as("admin", put("/api/admin/directory/people/" + id + "/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"a-first-pass\"}")).andExpect(status().isNoContent());
		as("admin", put("/api/admin/directory/people/" + id + "/active").contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":false}")).andExpect(status().isOk());
		// when the audit is searched for the person
		JsonNode page = body(as("admin", get("/api/audit/entries").param("person", id)));
		// then each change is there, by the administrator, naming the person
		List<String> decisions = new ArrayList<>();
		page.path("items").forEach(item -> decisions.add(item.path("decision").asText()));
		assertThat(decisions).containsExactly("person-deactivated", "password-reset", "person-changed",
				"person-created");
		page.path("items").forEach(item -> {
			assertThat(item.path("actor").path("id").asText()).isEqualTo("admin");
			assertThat(item.path("target").path("id").asText()).isEqualTo(id);
		});
		assertThat(page.path("items").get(0).path("target").path("name").asText()).isEqualTo("被审计者");
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, "demo")));
	}

	private static JsonNode body(ResultActions response) throws Exception {
		return JSON.readTree(response.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
