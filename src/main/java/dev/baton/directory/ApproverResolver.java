package dev.baton.directory;

/**
 * Turns an {@link ApproverRule} into concrete approvers for one request. Pure: it reads
 * the directory and the context, changes nothing, and never throws for a missing person
 * or department; those become the rule's {@link ApproverRule.IfNone} outcome with a
 * reason.
 *
 * <p>
 * The steps, in order:
 * <ol>
 * <li>the rule's {@link ApproverRule.Kind} finds candidates;</li>
 * <li>only active people in the directory remain; duplicates are removed, order
 * kept;</li>
 * <li>the initiator among them is handled by {@link ApproverRule.IfInitiator};</li>
 * <li>with {@link ApproverRule.IfRepeated#AUTO_APPROVE}, candidates in
 * {@link ApprovalContext#previousApprovers()} move to {@code autoApproved}; in a step
 * that any one approver completes ({@link Quorum#ANY_ONE}: 或签, claim by role) one
 * automatic approval completes it, so nobody is left to ask;</li>
 * <li>approvers left: {@code ASSIGN}; else auto-approved ones: {@code AUTO_APPROVED};
 * else the initiator was the only approver and {@code if-initiator=skip}: {@code SKIP};
 * else nobody was found and {@link ApproverRule.IfNone} decides: {@code SKIP},
 * {@code ASSIGN} to every active administrator ({@code FAIL} when there is none), or
 * {@code FAIL}.</li>
 * </ol>
 */
public interface ApproverResolver {

	/** How many of a step's approvers must approve before it is done. */
	enum Quorum {

		/**
		 * Any one of them: a step without a loop, whose several approvers are candidates
		 * and the first to claim decides (或签).
		 */
		ANY_ONE,
		/**
		 * Every one of them: a multi-instance step, in parallel (会签) or one after the
		 * other (依次).
		 */
		EVERY_ONE

	}

	ApproverResolution resolve(ApproverRule rule, ApprovalContext context, Quorum quorum);

	/** For a step that every approver found must approve. */
	default ApproverResolution resolve(ApproverRule rule, ApprovalContext context) {
		return resolve(rule, context, Quorum.EVERY_ONE);
	}

}
