package dev.baton.modeling;

import java.util.ArrayList;
import java.util.List;

import dev.baton.engine.SafetyPolicyException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's refusal of a deployment into findings the designer sees on the
 * diagram. The engine judges every deployment: the safety policy, Baton's approver rules
 * and the engine's own parse (module engine), all refused as a
 * {@link SafetyPolicyException} with one violation per element. Any other
 * {@link ParseException} becomes one finding per problem; any other refusal one finding
 * with the engine's message.
 */
@Component
class DeploymentRefusals {

	static final String CODE = "modeling.check.engine";

	/**
	 * Whether the exception is the engine refusing the model, rather than a database or
	 * system failure.
	 */
	static boolean isRefusal(ProcessEngineException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProcessEnginePersistenceException || cause instanceof java.sql.SQLException
					|| cause instanceof org.springframework.dao.DataAccessException) {
				return false;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return true;
	}

	List<Finding> findings(ProcessEngineException refusal) {
		List<Finding> structured = safetyPolicyViolations(refusal);
		if (!structured.isEmpty()) {
			return structured;
		}
		List<Finding> findings = new ArrayList<>();
		ParseException parse = find(refusal, ParseException.class);
		if (parse != null) {
			for (ResourceReport report : parse.getResorceReports()) {
				for (Problem problem : report.getErrors()) {
					findings.add(Finding.error(problem.getMainElementId(), CODE, problem.getMessage()));
				}
			}
		}
		if (findings.isEmpty()) {
			findings.add(Finding.error(null, CODE, refusal.getMessage()));
		}
		return findings;
	}

	/**
	 * The engine's refusal (its safety policy, or its own reading of the model), one
	 * finding per violation with its line and column, in the designer's language (message
	 * keys {@code engine.policy.<rule>} of the engine bundle).
	 * @return the structured findings, or an empty list when the refusal is not the
	 * safety policy's
	 */
	List<Finding> safetyPolicyViolations(ProcessEngineException refusal) {
		SafetyPolicyException policy = find(refusal, SafetyPolicyException.class);
		if (policy == null) {
			return List.of();
		}
		return policy.violations()
			.stream()
			.map(violation -> Finding
				.error(violation.elementId(), violation.messageKey(), violation.arguments().toArray())
				.at(violation.lineNumber(), violation.columnNumber()))
			.toList();
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
