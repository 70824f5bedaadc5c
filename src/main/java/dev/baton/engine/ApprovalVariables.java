package dev.baton.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables Baton itself keeps on every request. Clients may never set them
 * (the requests and tasks modules refuse them in submissions).
 */
public final class ApprovalVariables {

	/**
	 * Who started the request; set by {@code camunda:initiator="initiator"} on the start
	 * event.
	 */
	public static final String INITIATOR = "initiator";

	/**
	 * The approval step completed last, and who approved it (comma-separated user ids).
	 */
	public static final String LAST_STEP = "batonLastStep";

	public static final String LAST_APPROVERS = "batonLastApprovers";

	/**
	 * Resolved approvers of a multi-instance step (local to its body) and the current one
	 * of them.
	 */
	public static final String STEP_APPROVERS = "batonApprovers";

	public static final String STEP_APPROVER = "batonApprover";

	/**
	 * Transient, local: the single assignee or the candidates of a single-instance step.
	 */
	static final String ASSIGNEE = "batonAssignee";
	static final String CANDIDATES = "batonCandidates";

	/** Every variable name that belongs to Baton or the engine rather than to a form. */
	public static boolean isReserved(String name) {
		return name != null && (name.startsWith("baton") || RESERVED.contains(name));
	}

	private static final Set<String> RESERVED = Set.of(INITIATOR, "nrOfInstances", "nrOfActiveInstances",
			"nrOfCompletedInstances", "loopCounter");

	private ApprovalVariables() {
	}

	static List<String> split(Object value) {
		if (value == null || value.toString().isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	static String join(List<String> ids) {
		return String.join(",", ids);
	}

	static List<String> previousApprovers(VariableScope scope) {
		return scope.getVariable(LAST_STEP) == null ? List.of() : split(scope.getVariable(LAST_APPROVERS));
	}

}
