package dev.baton.notifications;

import java.time.Instant;
import java.util.List;

import dev.baton.deadlines.TaskDueSoon;
import dev.baton.deadlines.TaskEscalated;
import dev.baton.deadlines.TaskOverdue;
import dev.baton.engine.StepDeadline.Escalation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a step's deadline rule does, told to its people: the approver (or the step's
 * candidates while nobody has claimed it) that the task is due soon or overdue, the
 * approver's manager that it was escalated to them. Inside the deadline runner's
 * transaction, like every other notice ({@link PendingNotices}).
 */
@Component
class DeadlineNotices {

	private final PendingNotices pending;

	DeadlineNotices(PendingNotices pending) {
		this.pending = pending;
	}

	@EventListener
	void on(TaskDueSoon due) {
		tell(NoticeKind.DUE_SOON, due.recipientIds(), due.candidateGroupIds(), due.processInstanceId(),
				due.businessKey(), due.taskId(), due.stepName(), "task:" + due.taskId() + ":due-soon");
	}

	@EventListener
	void on(TaskOverdue overdue) {
		tell(NoticeKind.OVERDUE, overdue.recipientIds(), overdue.candidateGroupIds(), overdue.processInstanceId(),
				overdue.businessKey(), overdue.taskId(), overdue.stepName(),
				"task:" + overdue.taskId() + ":overdue:" + overdue.reminder());
	}

	@EventListener
	void on(TaskEscalated escalated) {
		// a manager who was only told cannot open the task, but may read its request
		String taskId = escalated.escalation() == Escalation.TRANSFER_TO_MANAGER ? escalated.taskId() : null;
		String eventKey = "task:" + escalated.taskId() + ":escalated";
		Instant now = Instant.now();
		for (String person : escalated.recipientIds()) {
			pending.add(new Draft(NoticeKind.ESCALATED, Draft.Recipient.PERSON, person, escalated.processInstanceId(),
					escalated.businessKey(), null, taskId, null, escalated.stepName(), null, null, null, eventKey,
					now));
		}
	}

	private void tell(NoticeKind kind, List<String> people, List<String> groups, String processInstanceId,
			String requestId, String taskId, String stepName, String eventKey) {
		Instant now = Instant.now();
		for (String person : people) {
			pending.add(new Draft(kind, Draft.Recipient.PERSON, person, processInstanceId, requestId, null, taskId,
					null, stepName, null, null, null, eventKey, now));
		}
		for (String group : groups) {
			pending.add(new Draft(kind, Draft.Recipient.GROUP, group, processInstanceId, requestId, null, taskId, null,
					stepName, null, null, null, eventKey, now));
		}
	}

}
