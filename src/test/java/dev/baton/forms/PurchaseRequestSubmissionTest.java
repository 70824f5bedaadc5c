package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.problemsOf;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.stored;
import static dev.baton.forms.ShippedForms.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

/**
 * The whole start form of purchase-request (forms/purchase-request-start.form): what
 * passes, what is stored.
 */
class PurchaseRequestSubmissionTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	@Test
	void acceptsValidPurchaseRequest() {
		// given
		Map<String, Object> data = purchaseRequest();

		// when
		ValidatedSubmission submission = validator.validateStart("purchase-request-start", data);

		// then
		assertThat(submission.variables()).containsOnlyKeys("title", "reason", "neededBy", "items", "total");
		Map<String, Object> stored = stored(submission);
		assertThat(stored).containsEntry("title", "新员工电脑 Laptops for new hires")
			.containsEntry("reason", "两名新员工入职 Two new hires")
			.containsEntry("neededBy", "2030-01-15")
			.containsEntry("total", 60000L);
		assertThat(stored.get("items"))
			.isEqualTo(List.of(Map.of("name", "笔记本电脑 Laptop", "quantity", 2L, "unitPrice", 28000L),
					Map.of("name", "显示器 Monitor", "quantity", 2L, "unitPrice", 2000L)));
		assertThat(submission.dataHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void storesTheItemsListAsAJsonObjectValue() {
		// given
		Map<String, Object> data = purchaseRequest();

		// when
		ValidatedSubmission submission = validator.validateStart("purchase-request-start", data);

		// then
		assertThat(submission.variables().get("items")).isInstanceOf(ObjectValue.class);
		assertThat(((ObjectValue) submission.variables().get("items")).getSerializationDataFormat())
			.isEqualTo("application/json");
	}

	@Test
	void listsEveryOffendingFieldAtOnce() {
		// given
		Map<String, Object> data = data("""
				{
				  "title": "",
				  "neededBy": "15.01.2030",
				  "items": [
				    { "name": "笔记本电脑 Laptop", "quantity": 0, "unitPrice": 28000 },
				    { "quantity": 1, "unitPrice": -5, "discount": 10 }
				  ],
				  "initiator": "lina",
				  "approvedBy": "lina"
				}""");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("purchase-request-start", data)));

		// then
		assertThat(problems).containsExactlyInAnyOrder("initiator forms.field.reserved",
				"approvedBy forms.field.unknown", "title forms.field.required", "reason forms.field.required",
				"neededBy forms.field.notDate", "items[0].quantity forms.field.min",
				"items[1].discount forms.field.unknown", "items[1].name forms.field.required",
				"items[1].unitPrice forms.field.min");
	}

	@Test
	void hashesTheSubmittedDataCanonically() {
		// given: the same data with keys in another order and numbers written differently
		Map<String, Object> reordered = data("""
				{
				  "total": 60000.0,
				  "items": [
				    { "unitPrice": 28000.0, "quantity": 2, "name": "笔记本电脑 Laptop" },
				    { "unitPrice": 2000, "name": "显示器 Monitor", "quantity": 2.00 }
				  ],
				  "neededBy": "2030-01-15",
				  "reason": "两名新员工入职 Two new hires",
				  "title": "新员工电脑 Laptops for new hires"
				}""");
		Map<String, Object> otherTitle = purchaseRequest();
		otherTitle.put("title", "Something else");

		// when
		String hash = validator.validateStart("purchase-request-start", purchaseRequest()).dataHash();

		// then
		assertThat(validator.validateStart("purchase-request-start", reordered).dataHash()).isEqualTo(hash);
		assertThat(validator.validateStart("purchase-request-start", otherTitle).dataHash()).isNotEqualTo(hash);
		assertThat(Values.canonicalJson(data("{\"b\":[1.50,{\"d\":null,\"c\":true}],\"a\":\"x\"}")))
			.isEqualTo("{\"a\":\"x\",\"b\":[1.5,{\"c\":true,\"d\":null}]}");
	}

	@Test
	void refusesEverythingWhenThereIsNoForm() {
		// given
		Map<String, Object> data = data("{\"title\": \"x\"}");

		// when
		List<String> problems = summary(problemsOf(() -> validator.validateStart("no-such-process", data)));

		// then
		assertThat(problems).containsExactly("title forms.field.unknown");
		assertThat(validator.validateStart("no-such-process", Map.of()).variables()).isEmpty();
	}

}
