package dev.baton.notifications;

/** What a person is told about; each kind has its own default channels and message. */
public enum NoticeKind {

	/** A task was given to the person by name (a new step, a transfer, a delegation). */
	TASK_ASSIGNED,
	/** A task was offered to a role or group the person belongs to. */
	TASK_OFFERED,
	/** The person's request was approved at its end. */
	APPROVED,
	/** The person's request was rejected. */
	REJECTED,
	/** The person's request was returned to them (or to an earlier step they did). */
	RETURNED,
	/** A request the person was working on was withdrawn by its initiator. */
	WITHDRAWN,
	/** The person was copied on a request (抄送). */
	COPIED,
	/** The initiator urged the person to decide (催办). */
	URGED,
	/** Someone mentioned the person in a comment. */
	MENTIONED,
	/** The person's task is due soon. */
	DUE_SOON,
	/** The person's task is overdue. */
	OVERDUE,
	/** An overdue task was escalated to the person. */
	ESCALATED

}
