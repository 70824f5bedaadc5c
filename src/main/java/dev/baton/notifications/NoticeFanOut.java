package dev.baton.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.engine.TaskChanged;
import dev.baton.requests.RequestCopied;
import dev.baton.requests.RequestEnded;
import dev.baton.requests.RequestUrged;
import dev.baton.requests.RequestWithdrawn;
import dev.baton.security.CurrentUser;
import dev.baton.tasks.PeopleMentioned;
import dev.baton.tasks.RequestReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about what: listens, inside the transaction of whatever happened, to the
 * events of the engine, tasks and requests modules and drafts a notice for each person
 * concerned (never for the person who did it), written when the transaction commits
 * ({@link PendingNotices}).
 * <ul>
 * <li>a new task with an assignee, or a task given to someone (transfer, delegation, an
 * extra signer, a delegation resolved): {@code TASK_ASSIGNED};</li>
 * <li>a new task offered to candidate people or groups (a group's active members):
 * {@code TASK_OFFERED};</li>
 * <li>a request approved at its end or rejected: {@code APPROVED} / {@code REJECTED} to
 * its initiator;</li>
 * <li>a request returned: {@code RETURNED} to whoever works the step it went back to, and
 * to its initiator;</li>
 * <li>withdrawn: {@code WITHDRAWN} to those who had its open tasks; copied:
 * {@code COPIED}; urged: {@code URGED}; mentioned in a comment: {@code MENTIONED}.</li>
 * </ul>
 */
@Component
class NoticeFanOut {

	private final PendingNotices pending;

	private final CurrentUser currentUser;

	NoticeFanOut(PendingNotices pending, CurrentUser currentUser) {
		this.pending = pending;
		this.currentUser = currentUser;
	}

	@EventListener
	void on(TaskChanged.Opened opened) {
		TaskChanged.Snapshot task = opened.task();
		String actor = currentUser.optionalId().orElse(null);
		String eventKey = "task:" + task.id() + ":opened";
		if (task.assignee() != null) {
			pending
				.add(draft(NoticeKind.TASK_ASSIGNED, Draft.Recipient.PERSON, task.assignee(), task, actor, eventKey));
			return;
		}
		for (TaskChanged.Candidate candidate : opened.candidates()) {
			pending.add(draft(NoticeKind.TASK_OFFERED, recipient(candidate), candidate.id(), task, actor, eventKey));
		}
	}

	@EventListener
	void on(TaskChanged.Updated updated) {
		TaskChanged.Snapshot task = updated.task();
		if (task == null) {
			return;
		}
		String actor = currentUser.optionalId().orElse(null);
		if (updated.reassigned() && task.assignee() != null && !task.assignee().equals(actor)) {
			pending.add(draft(NoticeKind.TASK_ASSIGNED, Draft.Recipient.PERSON, task.assignee(), task, actor,
					"task:" + task.id() + ":assigned:" + nonce()));
		}
		else if (task.assignee() == null && !updated.added().isEmpty()) {
			String eventKey = "task:" + task.id() + ":offered:" + nonce();
			for (TaskChanged.Candidate candidate : updated.added()) {
				pending
					.add(draft(NoticeKind.TASK_OFFERED, recipient(candidate), candidate.id(), task, actor, eventKey));
			}
		}
	}

	@EventListener
	void on(RequestEnded ended) {
		NoticeKind kind = switch (ended.outcome()) {
			case APPROVED -> NoticeKind.APPROVED;
			case REJECTED -> NoticeKind.REJECTED;
			default -> null; // withdrawn: RequestWithdrawn; cancelled by an administrator
		};
		if (kind != null) {
			pending.add(new Draft(kind, Draft.Recipient.INITIATOR, null, ended.processInstanceId(), ended.requestId(),
					null, null, null, null, null, ended.lastActorId(), ended.comment(),
					"request:" + ended.requestId() + ":" + kind.name().toLowerCase(java.util.Locale.ROOT),
					Instant.now()));
		}
	}

	@EventListener
	void on(RequestReturned returned) {
		String eventKey = "request:" + returned.businessKey() + ":returned:" + nonce();
		pending.returned(returned, eventKey);
		pending.add(new Draft(NoticeKind.RETURNED, Draft.Recipient.INITIATOR, null, returned.processInstanceId(),
				returned.businessKey(), null, null, null, returned.stepName(), null, returned.byUserId(),
				returned.comment(), eventKey, Instant.now()));
	}

	@EventListener
	void on(RequestWithdrawn withdrawn) {
		toPeople(NoticeKind.WITHDRAWN, withdrawn.peopleIds(), withdrawn.processInstanceId(), withdrawn.requestId(),
				null, null, withdrawn.byUserId(), withdrawn.comment(),
				"request:" + withdrawn.requestId() + ":withdrawn");
	}

	@EventListener
	void on(RequestCopied copied) {
		toPeople(NoticeKind.COPIED, copied.userIds(), copied.processInstanceId(), copied.requestId(), null, null,
				copied.byUserId(), null, "request:" + copied.requestId() + ":copied:" + nonce());
	}

	@EventListener
	void on(RequestUrged urged) {
		toPeople(NoticeKind.URGED, urged.approverIds(), urged.processInstanceId(), urged.requestId(), null, null,
				urged.byUserId(), urged.comment(), "request:" + urged.requestId() + ":urged:" + nonce());
	}

	@EventListener
	void on(PeopleMentioned mentioned) {
		toPeople(NoticeKind.MENTIONED, mentioned.userIds(), mentioned.processInstanceId(), mentioned.businessKey(),
				mentioned.taskId(), mentioned.stepName(), mentioned.byUserId(), mentioned.comment(),
				"task:" + mentioned.taskId() + ":mentioned:" + nonce());
	}

	private void toPeople(NoticeKind kind, List<String> people, String processInstanceId, String requestId,
			String taskId, String stepName, String actor, String comment, String eventKey) {
		Instant now = Instant.now();
		for (String person : people) {
			// the request's title and initiator are looked up once for all, when written
			pending.add(new Draft(kind, Draft.Recipient.PERSON, person, processInstanceId, requestId, null, taskId,
					null, stepName, null, actor, comment, eventKey, now));
		}
	}

	private static Draft draft(NoticeKind kind, Draft.Recipient recipient, String to, TaskChanged.Snapshot task,
			String actor, String eventKey) {
		return new Draft(kind, recipient, to, task.processInstanceId(), task.businessKey(), task.processDefinitionKey(),
				task.id(), task.requestTitle(), task.name(), task.initiatorId(), actor, null, eventKey, Instant.now());
	}

	private static Draft.Recipient recipient(TaskChanged.Candidate candidate) {
		return candidate.kind() == TaskChanged.Candidate.Kind.USER ? Draft.Recipient.PERSON : Draft.Recipient.GROUP;
	}

	/** Tells one event from another of the same kind on the same task or request. */
	private static String nonce() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
