package dev.baton.directory;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The request an approver is wanted for.
 *
 * @param initiatorId who started the request; {@code null} when nobody did (started by
 * the system)
 * @param variables the process variables, where {@code form-user} and
 * {@code form-department-head} read their field
 * @param previousApprovers who approved the step immediately before this one (for
 * {@link ApproverRule.IfRepeated})
 */
public record ApprovalContext(String initiatorId, Map<String, Object> variables, List<String> previousApprovers) {

	public ApprovalContext {
		// HashMap, not Map.copyOf: process variables may hold null values
		variables = variables == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(variables));
		previousApprovers = previousApprovers == null ? List.of()
				: previousApprovers.stream().filter(Objects::nonNull).toList();
	}
}
