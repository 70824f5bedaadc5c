package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.schema;
import static dev.baton.forms.ShippedForms.stored;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * conditional.hide, evaluated with FEEL like form-js does: hidden fields are not required
 * and not submitted.
 */
class ConditionsTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	/**
	 * A decision form: the reason is required, but hidden (so neither required nor kept)
	 * when the request is accepted.
	 */
	private static final JsonNode DECISION = schema(
			"""
					{ "id": "decision", "components": [
					    { "type": "radio", "key": "decision", "label": "结论 / Decision",
					      "values": [ { "label": "接受 / Accept", "value": "accept" }, { "label": "退回 / Return", "value": "return" } ],
					      "validate": { "required": true } },
					    { "type": "textarea", "key": "returnReason", "label": "退回原因 / Reason for returning",
					      "conditional": { "hide": "=decision = \\"accept\\"" }, "validate": { "required": true, "maxLength": 10 } } ] }""");

	@Test
	void skipsHiddenFieldsLikeTheFormDoes() {
		// given: the reason is hidden once the decision is "accept"; the client still
		// sends an invalid one
		Map<String, Object> accepted = data(
				"{\"decision\": \"accept\", \"returnReason\": \"far longer than ten characters\"}");
		Map<String, Object> returnedWithoutReason = data("{\"decision\": \"return\"}");

		// when
		Map<String, Object> stored = stored(validator.validate(DECISION, accepted, Map.of(), true));
		List<String> problems = summary(
				problemsOf(() -> validator.validate(DECISION, returnedWithoutReason, Map.of(), true)));

		// then
		assertThat(stored).containsOnlyKeys("decision");
		assertThat(problems).containsExactly("returnReason forms.field.required");
	}

	@Test
	void evaluatesConditionsOverTheCurrentVariablesWithTheSubmissionApplied() {
		// given: the decision was taken earlier and is not sent again
		Map<String, Object> current = data("{\"decision\": \"accept\"}");

		// when
		Map<String, Object> stored = stored(
				validator.validate(DECISION, data("{\"returnReason\": \"ignored\"}"), current, true));

		// then
		assertThat(stored).isEmpty();
	}

	@Test
	void showsTheAnswerFromSalesOnTheReviewFormOnlyOnceThereIsOne() {
		// given: project-handoff-review hides the read-only "answer" while it is null
		Map<String, Object> firstRound = data("{\"handoffDecision\": \"accept\", \"answer\": \"made up\"}");
		Map<String, Object> laterRound = data("{\"handoffDecision\": \"accept\", \"answer\": \"changed\"}");
		Map<String, Object> answered = data("{\"answer\": \"SOW 已附 SOW attached\"}");

		// when
		Map<String, Object> stored = stored(
				validator.validateTask("project-handoff-review", firstRound, Map.of(), true));
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("project-handoff-review", laterRound, answered, true)));

		// then: hidden, so dropped rather than refused; visible and read-only, so refused
		assertThat(stored).containsOnlyKeys("handoffDecision");
		assertThat(problems).containsExactly("answer forms.field.readonly");
	}

	@Test
	void evaluatesConditionsInsideListRowsWithThisAsTheRow() {
		// given: a per-row note that only matters for "other" expenses
		JsonNode form = schema(
				"""
						{ "id": "expenses", "components": [
						    { "type": "dynamiclist", "path": "expenses", "label": "费用 / Expenses", "allowAddRemove": true, "components": [
						        { "type": "select", "key": "kind", "label": "类别 / Kind",
						          "values": [ { "label": "差旅 / Travel", "value": "travel" }, { "label": "其他 / Other", "value": "other" } ] },
						        { "type": "textfield", "key": "note", "label": "说明 / Note", "validate": { "required": true },
						          "conditional": { "hide": "=this.kind != \\"other\\"" } } ] } ] }""");
		Map<String, Object> data = data("""
				{ "expenses": [ { "kind": "travel", "note": "dropped" }, { "kind": "other" } ] }""");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validate(form, data, Map.of(), true)));
		Map<String, Object> stored = stored(validator.validate(form, data(
				"{ \"expenses\": [ { \"kind\": \"travel\", \"note\": \"dropped\" }, { \"kind\": \"other\", \"note\": \"快递 Courier\" } ] }"),
				Map.of(), true));

		// then
		assertThat(problems).containsExactly("expenses[1].note forms.field.required");
		assertThat(stored.get("expenses"))
			.isEqualTo(List.of(Map.of("kind", "travel"), Map.of("kind", "other", "note", "快递 Courier")));
	}

	@Test
	void hidesEverythingInAHiddenGroup() {
		// given
		JsonNode form = schema(
				"""
						{ "id": "invoice", "components": [
						    { "type": "checkbox", "key": "needsInvoice", "label": "需要发票 / Needs an invoice" },
						    { "type": "group", "label": "发票 / Invoice", "conditional": { "hide": "=needsInvoice != true" }, "components": [
						        { "type": "textfield", "key": "taxId", "label": "税号 / Tax id", "validate": { "required": true } } ] } ] }""");

		// when
		Map<String, Object> stored = stored(
				validator.validate(form, data("{\"needsInvoice\": false, \"taxId\": \"x\"}"), Map.of(), true));
		List<String> problems = summary(
				problemsOf(() -> validator.validate(form, data("{\"needsInvoice\": true}"), Map.of(), true)));

		// then
		assertThat(stored).containsOnlyKeys("needsInvoice");
		assertThat(problems).containsExactly("taxId forms.field.required");
	}

	@Test
	void aValueTheClientCannotChangeCannotHideARequiredField() {
		// given: a justification is needed unless the (read-only) amount is small
		JsonNode form = schema("""
				{ "id": "justify", "components": [
				    { "type": "number", "key": "amount", "label": "金额 / Amount", "readonly": true },
				    { "type": "textarea", "key": "justification", "label": "理由 / Justification",
				      "validate": { "required": true }, "conditional": { "hide": "=amount < 50" } } ] }""");
		Map<String, Object> current = data("{\"amount\": 100}");

		// when: the client claims a small amount to hide the justification
		List<String> problems = summary(
				problemsOf(() -> validator.validate(form, data("{\"amount\": 10}"), current, true)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("amount forms.field.readonly",
				"justification forms.field.required");
	}

}
