package dev.baton.directory;

import java.util.List;

/**
 * What an {@link ApproverRule} found for one request.
 *
 * @param outcome what the step should do
 * @param approvers who must approve, in order ({@link Outcome#ASSIGN}); otherwise empty
 * @param autoApproved approvers whose approval is recorded automatically because they
 * approved the step just before ({@link ApproverRule.IfRepeated#AUTO_APPROVE}); may
 * accompany ASSIGN
 * @param reason an English sentence naming the rule and what it found or what was
 * missing, for the approval ledger and, on {@link Outcome#FAIL}, the incident
 */
public record ApproverResolution(Outcome outcome, List<String> approvers, List<String> autoApproved, String reason) {

	public ApproverResolution {
		approvers = List.copyOf(approvers);
		autoApproved = List.copyOf(autoApproved);
	}

	/**
	 * How {@link #reason()} ends when the rule found nobody and its step went to the
	 * administrators instead ({@code baton.if-none=admin}).
	 */
	public static final String ADMINISTRATORS_INSTEAD = " instead (if-none=admin)";

	/**
	 * The rule found nobody in the organisation; the administrators were asked instead.
	 */
	public boolean administratorsInstead() {
		return reason != null && reason.endsWith(ADMINISTRATORS_INSTEAD);
	}

	public enum Outcome {

		/** Create the task for {@link #approvers()}. */
		ASSIGN,
		/** Nobody to ask and nothing to record: the step is passed over. */
		SKIP,
		/**
		 * Every approver approved the step just before: record their approval and go on.
		 */
		AUTO_APPROVED,
		/**
		 * Nobody found and the rule says fail: raise an incident with {@link #reason()}.
		 */
		FAIL

	}
}
