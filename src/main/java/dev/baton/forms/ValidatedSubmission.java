package dev.baton.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submission that passed {@link SubmissionValidator}.
 *
 * @param variables the process variables to store, and only those: editable fields that
 * were submitted and visible, plus recomputed {@code expression} fields. Numbers are
 * {@link Long} when whole, else {@link Double}; dates are ISO strings; lists and objects
 * are Camunda object values with the serialization format {@code application/json}. A
 * value may be {@code null} (a cleared field). Unmodifiable, in the order of the form.
 * @param dataHash SHA-256 (lower-case hex) of the canonical JSON of the data as submitted
 * (object keys sorted, no white space, numbers in their shortest plain form), for the
 * approval ledger
 */
public record ValidatedSubmission(Map<String, Object> variables, String dataHash) {

	public ValidatedSubmission {
		variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
	}
}
