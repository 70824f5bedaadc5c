package dev.baton.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused by Baton; nothing of it was deployed. Either the model breaks
 * Baton's safety policy, or the engine itself cannot read it (a gateway flow without a
 * condition, a sub-process without a start event, a DMN or form file it cannot read):
 * both come in this one shape, so that every caller shows them alike. The message lists
 * every problem as {@code elementId: rule — detail}; {@link #violations()} has them
 * structured (element, rule, message key and arguments, file, line and column), for
 * Baton's own screens to translate. It is a {@link ParseException}, so the engine's REST
 * API answers 400 with the message and per-file problems, with their lines and columns
 * (which Camunda Modeler shows), not 500.
 */
public class SafetyPolicyException extends ParseException {

	private static final long serialVersionUID = 1L;

	private final transient List<PolicyViolation> violations;

	private final boolean fromEngine;

	public SafetyPolicyException(List<PolicyViolation> violations) {
		this(violations, false);
	}

	private SafetyPolicyException(List<PolicyViolation> violations, boolean fromEngine) {
		super(message(violations, fromEngine), firstResource(violations),
				problemsOf(violations, firstResource(violations)), List.of());
		this.violations = List.copyOf(violations);
		this.fromEngine = fromEngine;
		Map<String, List<Problem>> byResource = new LinkedHashMap<>();
		for (PolicyViolation violation : violations) {
			byResource.computeIfAbsent(violation.resource(), resource -> new ArrayList<>())
				.add(new ViolationProblem(violation));
		}
		resorceReports = new ArrayList<>();
		byResource
			.forEach((resource, problems) -> resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
	}

	/**
	 * The engine's own refusal of a model that passed the policy
	 * ({@link EngineRefusals}), with the engine's exception as the cause.
	 */
	static SafetyPolicyException engineRefusal(List<PolicyViolation> violations, Throwable cause) {
		SafetyPolicyException refusal = new SafetyPolicyException(violations, true);
		refusal.initCause(cause);
		return refusal;
	}

	/** Every violation found, in document order per file. */
	public List<PolicyViolation> violations() {
		return violations;
	}

	/**
	 * Whether the engine refused the model (it passed the safety policy, but the engine
	 * cannot read or run it), rather than the safety policy.
	 */
	public boolean isFromEngine() {
		return fromEngine;
	}

	private static String message(List<PolicyViolation> violations, boolean fromEngine) {
		String count = violations.size() + (fromEngine ? (violations.size() == 1 ? " problem" : " problems")
				: (violations.size() == 1 ? " violation" : " violations"));
		StringBuilder message = new StringBuilder(
				fromEngine ? "The engine cannot deploy the model (" : "The model breaks Baton's safety policy (")
			.append(count)
			.append("); nothing was deployed:");
		for (PolicyViolation violation : violations) {
			message.append("\n- ").append(violation.line());
		}
		return message.toString();
	}

	private static String firstResource(List<PolicyViolation> violations) {
		return violations.isEmpty() ? null : violations.get(0).resource();
	}

	private static List<Problem> problemsOf(List<PolicyViolation> violations, String resource) {
		return violations.stream()
			.filter(violation -> Objects.equals(violation.resource(), resource))
			.<Problem>map(ViolationProblem::new)
			.toList();
	}

	private record ViolationProblem(PolicyViolation violation) implements Problem {

		@Override
		public String getMessage() {
			return violation.rule() + " — " + violation.detail();
		}

		@Override
		public int getLine() {
			return violation.lineNumber() == null ? 0 : violation.lineNumber();
		}

		@Override
		public int getColumn() {
			return violation.columnNumber() == null ? 0 : violation.columnNumber();
		}

		@Override
		public String getMainElementId() {
			return violation.elementId();
		}

		@Override
		public List<String> getElementIds() {
			return violation.elementId() == null ? List.of() : List.of(violation.elementId());
		}
	}

}
