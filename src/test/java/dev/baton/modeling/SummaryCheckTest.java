package dev.baton.modeling;

import static dev.baton.modeling.DesignerModels.expenseClaim;
import static dev.baton.modeling.DesignerModels.expenseClaimForms;
import static dev.baton.modeling.DesignerModels.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.support.BatonTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A process names its requests' summary (baton.summary); the checks before publishing
 * tell a designer, in their language, when a named field is not one the process's forms
 * fill in, is a list, or when there are too many.
 */
@BatonTest
class SummaryCheckTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROCESSES = "/api/modeling/processes";

	@Autowired
	MockMvc http;

	@Test
	void aSummaryOfFieldsTheFormsFillInPassesTheChecks() throws Exception {
		// given an expense claim whose summary is its amount and title
		String key = key();
		draft(key, summary("amount,title"), expenseClaimForms(key));

		// when it is checked, then nothing is said about the summary
		assertThat(codes(check(key, "zh-CN"))).noneMatch(code -> code.startsWith("modeling.check.summary"));
	}

	@Test
	void aSummaryFieldNoFormHasIsAnErrorNamingTheField() throws Exception {
		// given a summary naming "totl" (a typo for the amount) and a list of lines
		String key = key();
		Map<String, ObjectNode> forms = expenseClaimForms(key);
		ObjectNode lines = ((ArrayNode) forms.get(key + "-start").path("components")).addObject();
		lines.put("type", "dynamiclist").put("path", "lines").put("label", "明细").put("id", "Field_lines");
		lines.putArray("components").addObject().put("type", "textfield").put("key", "item").put("id", "Field_item");
		draft(key, summary("amount,totl,lines"), forms);

		// when it is checked
		JsonNode check = check(key, "zh-CN");

		// then both are errors on the process, naming the field, and it cannot be
		// published
		assertThat(findings(check)).contains(key + " error modeling.check.summary.unknownField",
				key + " error modeling.check.summary.notValue");
		assertThat(messages(check)).anyMatch(message -> message.contains("totl") && message.contains("表单"))
			.anyMatch(message -> message.contains("lines"));
		assertThat(check.path("publishable").asBoolean()).isFalse();
		// and in English on request
		assertThat(messages(check(key, "en-US"))).contains(
				"The summary (baton.summary) names the field \"totl\", but no form of this process has a field with that key.");
	}

	@Test
	void moreSummaryFieldsThanACardHoldsIsAnError() throws Exception {
		String key = key();
		draft(key, summary("amount,title,amount2,title2,amount3"), expenseClaimForms(key));
		assertThat(findings(check(key, "zh-CN"))).contains(key + " error modeling.check.summary.tooMany");
	}

	// ---------------------------------------------------------------- helpers

	private static String key() {
		return "summary-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The expense claim of DesignerModels with a baton.summary property. */
	private static Function<String, String> summary(String value) {
		return key -> expenseClaim(key, "finance-manager").replace(
				"<camunda:property name=\"baton.name.en\" value=\"Expense claim\" />",
				"<camunda:property name=\"baton.name.en\" value=\"Expense claim\" />\n"
						+ "        <camunda:property name=\"baton.summary\" value=\"" + value + "\" />");
	}

	private void draft(String key, Function<String, String> model, Map<String, ObjectNode> forms) throws Exception {
		ObjectNode create = JSON.createObjectNode();
		create.put("key", key);
		create.putObject("name").put("zh", "报销");
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON).content(create.toString()), "zh-CN")
			.andExpect(status().isCreated());
		String xml = model.apply(key);
		assertThat(xml).contains("baton.summary");
		as("designer", put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(save(1, xml, forms)), "zh-CN").andExpect(status().isOk());
	}

	private JsonNode check(String key, String language) throws Exception {
		return JSON
			.readTree(as("designer", post(PROCESSES + "/" + key + "/draft/check"), language).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> findings(JsonNode check) {
		List<String> found = new ArrayList<>();
		check.path("findings")
			.forEach(finding -> found.add(finding.path("elementId").asText() + " " + finding.path("severity").asText()
					+ " " + finding.path("code").asText()));
		return found;
	}

	private static List<String> codes(JsonNode check) {
		return check.path("findings").findValuesAsText("code");
	}

	private static List<String> messages(JsonNode check) {
		return check.path("findings").findValuesAsText("message");
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request, String language) throws Exception {
		return http.perform(request.with(httpBasic(user, "demo")).header("Accept-Language", language));
	}

}
