package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.schema;
import static dev.baton.forms.ShippedForms.stored;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The form's own validation (validate.*, options, dates, number steps), enforced on the
 * server like form-js does.
 */
class ValidationRulesTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	private static Map<String, Object> leave(String days) {
		return data("""
				{ "leaveType": "annual", "startDate": "2026-12-01", "endDate": "2026-12-02", "days": %s,
				  "reason": "探亲 Family visit" }""".formatted(days));
	}

	@Test
	void requiresMissingRequiredField() {
		// given
		Map<String, Object> data = leave("1");
		data.remove("reason");
		data.put("leaveType", null);

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("leave-request-start", data)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("reason forms.field.required", "leaveType forms.field.required");
	}

	@Test
	void requiresARequiredCheckboxToBeTicked() {
		// given
		Map<String, Object> data = data("{\"recorded\": false}");

		// when
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("leave-request-hr-record", data, Map.of(), true)));

		// then
		assertThat(problems).containsExactly("recorded forms.field.mustBeChecked");
	}

	@Test
	void countsWhatTheRequestHoldsForARequiredFieldThatIsNotSentAgain() {
		// given: sales answered in an earlier round; this time only the notes change
		Map<String, Object> current = data("{\"answer\": \"SOW 已附 SOW attached\", \"projectName\": \"ERP\"}");

		// when
		ValidatedSubmission submission = validator.validateTask("project-handoff-missing-information",
				data("{\"notes\": \"见附件 See attachment\"}"), current, true);

		// then
		assertThat(submission.variables()).containsOnlyKeys("notes");
	}

	@Test
	void doesNotRequireFieldsForRejectOrReturnButChecksEverythingElse() {
		// given: a reject from the review step, without a decision and with an overlong
		// note
		Map<String, Object> empty = Map.of();
		Map<String, Object> tooLong = data("{\"reviewNotes\": \"%s\"}".formatted("x".repeat(2001)));

		// when
		ValidatedSubmission submission = validator.validateTask("project-handoff-review", empty, Map.of(), false);
		List<String> problems = summary(
				problemsOf(() -> validator.validateTask("project-handoff-review", tooLong, Map.of(), false)));

		// then
		assertThat(submission.variables()).isEmpty();
		assertThat(problems).containsExactly("reviewNotes forms.field.maxLength");
	}

	@Test
	void enforcesMinAndMax() {
		// given
		Map<String, Object> tooFew = leave("0.0");
		Map<String, Object> tooMany = leave("365.5");

		// when
		List<String> low = summary(problemsOf(() -> validator.validateStart("leave-request-start", tooFew)));
		List<String> high = summary(problemsOf(() -> validator.validateStart("leave-request-start", tooMany)));

		// then
		assertThat(low).containsExactly("days forms.field.min");
		assertThat(high).containsExactly("days forms.field.max");
		assertThatCode(() -> validator.validateStart("leave-request-start", leave("0.5"))).doesNotThrowAnyException();
		assertThatCode(() -> validator.validateStart("leave-request-start", leave("365"))).doesNotThrowAnyException();
	}

	@Test
	void enforcesIncrementAndDecimalDigits() {
		// given: leave in half days; prices in cents
		Map<String, Object> oddDays = leave("1.25");
		Map<String, Object> fractionOfACent = purchaseRequest();
		fractionOfACent.put("items", List.of(Map.of("name", "螺丝 Screws", "quantity", 1000, "unitPrice", 0.125)));

		// when
		List<String> days = summary(problemsOf(() -> validator.validateStart("leave-request-start", oddDays)));
		List<String> price = summary(
				problemsOf(() -> validator.validateStart("purchase-request-start", fractionOfACent)));

		// then
		assertThat(days).containsExactly("days forms.field.decimalDigits", "days forms.field.increment");
		assertThat(price).containsExactly("items[0].unitPrice forms.field.decimalDigits");
	}

	@Test
	void enforcesMaxLengthOnTheTrimmedText() {
		// given
		Map<String, Object> longTitle = purchaseRequest();
		longTitle.put("title", "采".repeat(101));
		Map<String, Object> paddedTitle = purchaseRequest();
		paddedTitle.put("title", "  " + "采".repeat(100) + "  ");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", longTitle)));

		// then
		assertThat(problems).containsExactly("title forms.field.maxLength");
		assertThatCode(() -> validator.validateStart("purchase-request-start", paddedTitle)).doesNotThrowAnyException();
	}

	@Test
	void enforcesSelectOptions() {
		// given
		Map<String, Object> data = leave("1");
		data.put("leaveType", "sabbatical");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("leave-request-start", data)));

		// then
		assertThat(problems).containsExactly("leaveType forms.field.notOffered");
	}

	@Test
	void enforcesRadioAndChecklistOptions() {
		// given
		Map<String, Object> review = data("{\"handoffDecision\": \"maybe\"}");
		Map<String, Object> start = data("""
				{ "projectName": "ERP 上线 ERP rollout", "customer": "华东制造 East China Manufacturing",
				  "contractNumber": "HT-2026-001", "contractAmount": 120000, "signedDate": "2026-11-01",
				  "handoffChecklist": ["contract-signed", "kickback-paid", {"value": "sow-attached"}] }""");

		// when
		List<String> radio = summary(
				problemsOf(() -> validator.validateTask("project-handoff-review", review, Map.of(), true)));
		List<String> checklist = summary(problemsOf(() -> validator.validateStart("project-handoff-start", start)));

		// then
		assertThat(radio).containsExactly("handoffDecision forms.field.notOffered");
		assertThat(checklist).containsExactly("handoffChecklist[1] forms.field.notOffered",
				"handoffChecklist[2] forms.field.notChoice");
	}

	@Test
	void acceptsOnlyRealIsoDates() {
		// given
		Map<String, Object> localFormat = purchaseRequest();
		localFormat.put("neededBy", "15/01/2030");
		Map<String, Object> noSuchDay = purchaseRequest();
		noSuchDay.put("neededBy", "2030-02-30");
		Map<String, Object> withTime = purchaseRequest();
		withTime.put("neededBy", "2030-01-15T00:00:00Z");

		// when
		List<String> local = summary(problemsOf(() -> validator.validateStart("purchase-request-start", localFormat)));
		List<String> invalid = summary(problemsOf(() -> validator.validateStart("purchase-request-start", noSuchDay)));
		List<String> timed = summary(problemsOf(() -> validator.validateStart("purchase-request-start", withTime)));

		// then
		assertThat(local).containsExactly("neededBy forms.field.notDate");
		assertThat(invalid).containsExactly("neededBy forms.field.notDate");
		assertThat(timed).containsExactly("neededBy forms.field.notDate");
	}

	@Test
	void refusesPassedDatesWhereTheFormDisallowsThem() {
		// given: neededBy has disallowPassedDates; today is 2026-11-22
		Map<String, Object> yesterday = purchaseRequest();
		yesterday.put("neededBy", "2026-11-21");
		Map<String, Object> today = purchaseRequest();
		today.put("neededBy", "2026-11-22");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", yesterday)));

		// then
		assertThat(problems).containsExactly("neededBy forms.field.pastDate");
		assertThat(stored(validator.validateStart("purchase-request-start", today))).containsEntry("neededBy",
				"2026-11-22");
	}

	@Test
	void checksTimesAndDateTimesInTheFormatFormJsWrites() {
		// given
		JsonNode form = schema("""
				{ "id": "times", "components": [
				    { "type": "datetime", "subtype": "time", "key": "at", "timeLabel": "时间 / Time" },
				    { "type": "datetime", "subtype": "datetime", "key": "when", "dateLabel": "日期 / Date" } ] }""");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validate(form,
				data("{\"at\": \"25:00\", \"when\": \"2026-11-22 14:30\"}"), Map.of(), true)));

		// then
		assertThat(problems).containsExactly("at forms.field.notTime", "when forms.field.notDateTime");
		assertThat(validator
			.validate(form, data("{\"at\": \"14:30+08:00\", \"when\": \"2026-11-22T14:30Z\"}"), Map.of(), true)
			.variables()).containsEntry("at", "14:30+08:00").containsEntry("when", "2026-11-22T14:30Z");
	}

	@Test
	void enforcesPatternLikeJavaScriptRegExpTest() {
		// given: form-js tests the pattern anywhere in the text
		JsonNode form = schema(
				"""
						{ "id": "codes", "components": [
						    { "type": "textfield", "key": "code", "label": "编码 / Code",
						      "validate": { "pattern": "^[A-Z]{2}-\\\\d{4}$", "minLength": 7 } },
						    { "type": "textfield", "key": "ref", "label": "参考 / Reference", "validate": { "pattern": "\\\\d+" } },
						    { "type": "textfield", "key": "mail", "label": "邮箱 / E-mail", "validate": { "validationType": "email" } } ] }""");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validate(form,
				data("{\"code\": \"HT-12345\", \"ref\": \"none\", \"mail\": \"lina.example.com\"}"), Map.of(), true)));

		// then
		assertThat(problems).containsExactly("code forms.field.pattern", "ref forms.field.pattern",
				"mail forms.field.email");
		assertThatCode(() -> validator.validate(form,
				data("{\"code\": \"HT-1234\", \"ref\": \"PO 42\", \"mail\": \"lina@example.com\"}"), Map.of(), true))
			.doesNotThrowAnyException();
	}

	@Test
	void stopsACatastrophicPatternQuickly() {
		// given: (a+)+$ backtracks exponentially on "aaa…!"
		JsonNode form = schema(
				"""
						{ "id": "redos", "components": [
						    { "type": "textfield", "key": "text", "label": "文本 / Text", "validate": { "pattern": "^(a+)+$" } } ] }""");
		Map<String, Object> data = data("{\"text\": \"%s!\"}".formatted("a".repeat(5_000)));

		// when
		List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> summary(problemsOf(() -> validator.validate(form, data, Map.of(), true))));

		// then
		assertThat(problems).containsExactly("text forms.field.pattern");
	}

}
