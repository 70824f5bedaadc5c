package dev.baton.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused by Baton's safety policy; nothing of it was deployed. The message
 * lists every violation as {@code elementId: rule — detail}; {@link #violations()} has
 * them structured, for Baton's own screens to translate. It is a {@link ParseException},
 * so the engine's REST API answers 400 with the message and per-file problems (which
 * Camunda Modeler shows), not 500.
 */
public class SafetyPolicyException extends ParseException {

	private static final long serialVersionUID = 1L;

	private final transient List<PolicyViolation> violations;

	public SafetyPolicyException(List<PolicyViolation> violations) {
		super(message(violations), firstResource(violations), problemsOf(violations, firstResource(violations)),
				List.of());
		this.violations = List.copyOf(violations);
		Map<String, List<Problem>> byResource = new LinkedHashMap<>();
		for (PolicyViolation violation : violations) {
			byResource.computeIfAbsent(violation.resource(), resource -> new ArrayList<>())
				.add(new ViolationProblem(violation));
		}
		resorceReports = new ArrayList<>();
		byResource
			.forEach((resource, problems) -> resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
	}

	/** Every violation found, in document order per file. */
	public List<PolicyViolation> violations() {
		return violations;
	}

	private static String message(List<PolicyViolation> violations) {
		StringBuilder message = new StringBuilder("The model breaks Baton's safety policy (").append(violations.size())
			.append(violations.size() == 1 ? " violation" : " violations")
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
			.filter(violation -> java.util.Objects.equals(violation.resource(), resource))
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
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
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
