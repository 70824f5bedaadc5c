package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.schema;
import static dev.baton.forms.ShippedForms.stored;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Only the form's own editable fields are written: unknown keys, read-only fields and
 * Baton's variables are refused.
 */
class ProtectedFieldsTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	/** What the request holds after a valid purchase request was started. */
	private final Map<String, Object> current = stored(
			validator.validateStart("purchase-request-start", purchaseRequest()));

	@Test
	void rejectsSubmissionWithUnknownField() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.put("discount", 0.5);

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactly("discount forms.field.unknown");
	}

	@Test
	void rejectsUnknownFieldInsideAListRow() {
		// given
		Map<String, Object> data = data("""
				{ "invoiceSchedule": [ { "milestone": "签约 Signing", "invoiceDate": "2027-01-10", "amount": 1000,
				                         "approved": true } ] }""");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("project-handoff-billing", data, Map.of(), true)));

		// then
		assertThat(problems).containsExactly("invoiceSchedule[0].approved forms.field.unknown");
	}

	@Test
	void rejectsReadonlyField() {
		// given: the approver lowers the total below the finance threshold
		Map<String, Object> data = data("{\"total\": 4999}");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("purchase-request-approval", data, current, true)));

		// then
		assertThat(problems).containsExactly("total forms.field.readonly");
	}

	@Test
	void rejectsAChangedValueInAReadonlyListRow() {
		// given
		Map<String, Object> data = data("""
				{ "items": [
				    { "name": "笔记本电脑 Laptop", "quantity": 2, "unitPrice": 28000 },
				    { "name": "显示器 Monitor", "quantity": 2, "unitPrice": 1 } ] }""");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("purchase-request-approval", data, current, true)));

		// then
		assertThat(problems).containsExactly("items[1].unitPrice forms.field.readonly");
	}

	@Test
	void rejectsARowAddedToAReadonlyList() {
		// given
		Map<String, Object> data = data("""
				{ "items": [
				    { "name": "笔记本电脑 Laptop", "quantity": 2, "unitPrice": 28000 },
				    { "name": "显示器 Monitor", "quantity": 2, "unitPrice": 2000 },
				    { "name": "游戏机 Console", "quantity": 1, "unitPrice": 3000 } ] }""");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("purchase-request-approval", data, current, true)));

		// then
		assertThat(problems).contains("items forms.field.fixedRows", "items[2].name forms.field.readonly");
	}

	@Test
	void acceptsReadonlyFieldsSentBackUnchangedButNeverWritesThem() {
		// given: what form-js submits for the approval form, readonly values included
		// (numbers may come back as 60000.0)
		Map<String, Object> data = data("""
				{
				  "title": "新员工电脑 Laptops for new hires",
				  "reason": "两名新员工入职 Two new hires",
				  "neededBy": "2030-01-15",
				  "items": [
				    { "name": "笔记本电脑 Laptop", "quantity": 2.0, "unitPrice": 28000 },
				    { "name": "显示器 Monitor", "quantity": 2, "unitPrice": 2000 }
				  ],
				  "total": 60000.0
				}""");

		// when
		ValidatedSubmission submission = validator.validateTask("purchase-request-approval", data, current, true);

		// then
		assertThat(submission.variables()).isEmpty();
	}

	@Test
	void rejectsEngineOwnedVariable() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.put("initiator", "zhouming");
		data.put("batonLastApprovers", "lina");
		data.put("nrOfCompletedInstances", 99);

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("initiator forms.field.reserved",
				"batonLastApprovers forms.field.reserved", "nrOfCompletedInstances forms.field.reserved");
	}

	@Test
	void rejectsEngineOwnedVariableEvenWhenTheFormBindsIt() {
		// given: a careless form that binds Baton's variables, one of them computed
		JsonNode form = schema("""
				{ "id": "careless", "components": [
				    { "type": "textfield", "key": "initiator", "label": "发起人 / Initiator" },
				    { "type": "expression", "key": "batonLastStep", "expression": "=\\"Task_Approve\\"" },
				    { "type": "textfield", "key": "note", "label": "备注 / Note" } ] }""");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validate(form, data("{\"initiator\": \"zhouming\"}"), Map.of(), true)));
		ValidatedSubmission valid = validator.validate(form, data("{\"note\": \"ok\"}"), Map.of(), true);

		// then
		assertThat(problems).containsExactly("initiator forms.field.reserved");
		assertThat(valid.variables()).containsOnlyKeys("note");
	}

	@Test
	void rejectsDisabledFieldsAndFieldsInReadonlyGroups() {
		// given
		JsonNode form = schema("""
				{ "id": "locks", "components": [
				    { "type": "textfield", "key": "code", "label": "编码 / Code", "disabled": true },
				    { "type": "group", "label": "合同 / Contract", "readonly": true, "components": [
				        { "type": "number", "key": "amount", "label": "金额 / Amount" } ] },
				    { "type": "textfield", "key": "state", "label": "状态 / State", "readonly": "=locked = true" },
				    { "type": "textfield", "key": "note", "label": "备注 / Note" } ] }""");
		Map<String, Object> now = data("{\"code\": \"A\", \"amount\": 10, \"state\": \"open\", \"locked\": true}");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validate(form,
				data("{\"code\": \"B\", \"amount\": 11, \"state\": \"closed\", \"note\": \"n\"}"), now, true)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("code forms.field.readonly", "amount forms.field.readonly",
				"state forms.field.readonly");
	}

	@Test
	void aReadonlyExpressionCannotBeSwitchedOffByTheSubmission() {
		// given: the field is locked now; the client tries to unlock it in the same
		// submission
		JsonNode form = schema("""
				{ "id": "lock", "components": [
				    { "type": "checkbox", "key": "locked", "label": "锁定 / Locked" },
				    { "type": "textfield", "key": "state", "label": "状态 / State", "readonly": "=locked" } ] }""");
		Map<String, Object> now = data("{\"state\": \"open\", \"locked\": true}");

		// when
		List<String> problems = summary(problemsOf(
				() -> validator.validate(form, data("{\"locked\": false, \"state\": \"closed\"}"), now, true)));

		// then
		assertThat(problems).containsExactly("state forms.field.readonly");
	}

}
