package dev.baton.forms;

import static dev.baton.forms.ShippedForms.data;
import static dev.baton.forms.ShippedForms.purchaseRequest;
import static dev.baton.forms.ShippedForms.schema;
import static dev.baton.forms.ShippedForms.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * expression fields are computed on the server with FEEL; what the client says they are
 * is never stored.
 */
class ComputedFieldsTest {

	private final FormSubmissionValidator validator = ShippedForms.validator();

	@Test
	void recomputesTotalInsteadOfTrustingTheClient() {
		// given: items worth 60,000, but the client claims a total of 0 (no finance or
		// general manager approval)
		Map<String, Object> data = purchaseRequest();
		data.put("total", 0);

		// when
		Map<String, Object> stored = stored(validator.validateStart("purchase-request-start", data));

		// then
		assertThat(stored).containsEntry("total", 60000L);
	}

	@Test
	void computesTheTotalWhenTheClientDoesNotSendIt() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.remove("total");

		// when
		Map<String, Object> stored = stored(validator.validateStart("purchase-request-start", data));

		// then
		assertThat(stored).containsEntry("total", 60000L);
	}

	@Test
	void roundsTheTotalToTwoDecimalsAndKeepsCentsAsADouble() {
		// given: 3 × 1666.67 = 5000.01, just above the finance threshold, plus 1.25 ×
		// 0.33 = 0.4125
		Map<String, Object> data = purchaseRequest();
		data.put("items", List.of(Map.of("name", "椅子 Chair", "quantity", 3, "unitPrice", 1666.67),
				Map.of("name", "胶带 Tape", "quantity", 1.25, "unitPrice", 0.33)));

		// when
		Object total = stored(validator.validateStart("purchase-request-start", data)).get("total");

		// then
		assertThat(total).isEqualTo(5000.42d);
	}

	@Test
	void computesZeroForAnEmptyList() {
		// given
		Map<String, Object> data = purchaseRequest();
		data.put("items", List.of());

		// when
		Object total = stored(validator.validateStart("purchase-request-start", data)).get("total");

		// then
		assertThat(total).isEqualTo(0L);
	}

	@Test
	void computesFieldsInsideListRowsFromTheirRow() {
		// given
		JsonNode form = schema(
				"""
						{ "id": "lines", "components": [
						    { "type": "dynamiclist", "path": "lines", "label": "明细 / Lines", "allowAddRemove": true, "components": [
						        { "type": "number", "key": "hours", "label": "工时 / Hours" },
						        { "type": "expression", "key": "cost", "expression": "=this.hours * rate" } ] } ] }""");
		Map<String, Object> current = data("{\"rate\": 100}");

		// when
		Map<String, Object> stored = stored(validator.validate(form,
				data("{\"lines\": [ {\"hours\": 2, \"cost\": 1}, {\"hours\": 0.5} ]}"), current, true));

		// then
		assertThat(stored.get("lines"))
			.isEqualTo(List.of(Map.of("hours", 2L, "cost", 200L), Map.of("hours", 0.5d, "cost", 50L)));
	}

}
