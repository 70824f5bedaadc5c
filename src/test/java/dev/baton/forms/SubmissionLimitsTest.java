package dev.baton.forms;

import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Size limits: 200 keys, 10,000 characters, 500 list entries. */
class SubmissionLimitsTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	@Test
	void refusesMoreThanTwoHundredKeysWithoutLookingAtThem() {
		// given
		Map<String, Object> data = purchaseRequest();
		for (int i = 0; data.size() <= 200; i++) {
			data.put("extra" + i, i);
		}

		// when
		ProblemException problem = catchThrowableOfType(ProblemException.class,
				() -> validator.validateStart("purchase-request-start", data));

		// then
		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.messageKey()).isEqualTo("forms.submission.tooManyFields");
		assertThat(problem.fieldProblems()).isEmpty();
	}

	@Test
	void refusesTextLongerThanTenThousandCharacters() {
		// given: reason has maxLength 1000, but nothing longer than 10,000 is even looked
		// at
		Map<String, Object> data = purchaseRequest();
		data.put("reason", "长".repeat(10_001));

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactly("reason forms.field.tooLong");
	}

	@Test
	void refusesListsOfMoreThanFiveHundredEntries() {
		// given
		Map<String, Object> data = purchaseRequest();
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			items.add(Map.of("name", "螺丝 Screw " + i, "quantity", 1, "unitPrice", 1));
		}
		data.put("items", items);

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactly("items forms.field.tooManyItems");
	}

	@Test
	void acceptsFiveHundredEntries() {
		// given
		Map<String, Object> data = purchaseRequest();
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			items.add(Map.of("name", "螺丝 Screw " + i, "quantity", 1, "unitPrice", 1));
		}
		data.put("items", items);

		// when
		Map<String, Object> stored = ShippedForms.stored(validator.validateStart("purchase-request-start", data));

		// then
		assertThat(stored).containsEntry("total", 500L);
	}

}
