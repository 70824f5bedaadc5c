package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.web.ProblemException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every refusal reads well in Chinese and English and names the field by its label. */
class FormMessagesTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	FormMessagesTest() {
		messages.setBasenames("i18n/forms");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(false);
	}

	private String text(FieldProblem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	@Test
	void namesTheFieldByItsLabelAndRowInBothLanguages() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.put("items", data("{\"items\": [{\"name\": \"椅子 Chair\", \"quantity\": 1, \"unitPrice\": 10}, "
				+ "{\"name\": \"桌子 Desk\", \"quantity\": 0, \"unitPrice\": 10}]}")
			.get("items"));

		// when
		List<FieldProblem> problems = problemsOf(() -> validator.validateStart("purchase-request-start", data));

		// then
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).field()).isEqualTo("items[1].quantity");
		assertThat(text(problems.get(0), Locale.US)).isEqualTo("数量 / Quantity #2: must be at least 0.01.");
		assertThat(text(problems.get(0), Locale.SIMPLIFIED_CHINESE)).isEqualTo("数量 / Quantity #2：不能小于 0.01。");
	}

	@Test
	void translatesEveryProblemOfASubmission() {
		// given
		Map<String, Object> data = data("""
				{ "title": 7, "neededBy": "2026-01-01", "items": "none", "initiator": "x", "extra": 1 }""");

		// when
		List<FieldProblem> problems = problemsOf(() -> validator.validateStart("purchase-request-start", data));

		// then
		for (FieldProblem problem : problems) {
			assertThat(text(problem, Locale.US)).as(problem.messageKey()).doesNotContain("{").matches("[^:]+: .+\\.");
			assertThat(text(problem, Locale.SIMPLIFIED_CHINESE)).as(problem.messageKey())
				.doesNotContain("{")
				.contains("：");
		}
		assertThat(
				text(problems.stream().filter(p -> p.field().equals("neededBy")).findFirst().orElseThrow(), Locale.US))
			.isEqualTo("需要日期 / Needed by: must not be in the past.");
	}

}
