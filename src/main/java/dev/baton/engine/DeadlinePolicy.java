package dev.baton.engine;

import dev.baton.engine.PolicyXml.Node;

/**
 * A step's deadline ({@code baton.deadline.*} properties of a user task, see
 * {@link StepDeadline}) read as {@link ApprovalStepParseListener} will read it, so that a
 * setting it could not use is reported with the other findings, naming the element and
 * the setting in the designer's language.
 */
final class DeadlinePolicy {

	private DeadlinePolicy() {
	}

	static void check(Node task, PolicyFindings findings) {
		try {
			StepDeadline.fromProperties(ApproverRulePolicy.batonProperties(task));
		}
		catch (StepDeadline.Invalid invalid) {
			findings.add(invalid.rule(), task, invalid.arguments());
		}
	}

}
