package dev.baton.deadlines;

import java.util.ArrayList;
import java.util.List;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.engine.StepDeadline.Escalation;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Escalates an overdue task as its step's rule says, inside the runner's transaction: the
 * change, its ledger row ({@code deadline-*}, no actor: the rule did it) and
 * {@link TaskEscalated}.
 */
@Component
class Escalations {

	static final String NOTIFY = "deadline-notify";

	static final String TRANSFER = "deadline-transfer";

	static final String APPROVE = "deadline-approve";

	static final String REJECT = "deadline-reject";

	/** The BPMN error a rejection throws (processes/README.md). */
	static final String REJECTED_ERROR = "baton-rejected";

	private final TaskService taskService;

	private final Directory directory;

	private final ApprovalLedger ledger;

	private final ApplicationEventPublisher events;

	Escalations(TaskService taskService, Directory directory, ApprovalLedger ledger, ApplicationEventPublisher events) {
		this.taskService = taskService;
		this.directory = directory;
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Escalates the task.
	 * @return whether the task is still open afterwards
	 */
	boolean escalate(DeadlineRow row, Task task, Recipients approvers) {
		Escalation escalation = row.escalation();
		String managerId = managerOf(task.getAssignee());
		List<String> recipients = new ArrayList<>();
		if (managerId != null) {
			recipients.add(managerId);
		}
		boolean open = true;
		switch (escalation) {
			case NOTIFY_MANAGER -> {
				if (managerId != null) {
					record(row, task, NOTIFY, managerId);
				}
			}
			case TRANSFER_TO_MANAGER -> {
				if (managerId != null) {
					record(row, task, TRANSFER, managerId);
					if (task.getDelegationState() != DelegationState.PENDING && task.getOwner() != null) {
						taskService.setOwner(task.getId(), managerId);
					}
					taskService.setAssignee(task.getId(), managerId);
				}
			}
			case APPROVE -> {
				record(row, task, APPROVE, null);
				if (task.getDelegationState() == DelegationState.PENDING) {
					taskService.resolveTask(task.getId());
				}
				taskService.complete(task.getId());
				recipients.addAll(approvers.users());
				open = false;
			}
			case REJECT -> {
				record(row, task, REJECT, null);
				taskService.handleBpmnError(task.getId(), REJECTED_ERROR);
				recipients.addAll(approvers.users());
				open = false;
			}
		}
		events.publishEvent(new TaskEscalated(row.taskId(), row.processInstanceId(), row.businessKey(), row.stepId(),
				row.stepName(), row.dueAt(), escalation, approvers.users(), managerId,
				recipients.stream().distinct().toList()));
		return open;
	}

	/**
	 * The active manager of the approver; {@code null} for an unclaimed task or a top
	 * manager.
	 */
	private String managerOf(String approverId) {
		if (approverId == null) {
			return null;
		}
		return directory.person(approverId)
			.map(Person::managerId)
			.flatMap(directory::person)
			.filter(Person::active)
			.map(Person::id)
			.filter(id -> !id.equals(approverId))
			.orElse(null);
	}

	private void record(DeadlineRow row, Task task, String decision, String targetId) {
		ledger.append(new LedgerEntry(null, row.processInstanceId(), row.businessKey(), task.getProcessDefinitionId(),
				row.stepId(), task.getName(), task.getId(), null, targetId, decision, null, null, null));
	}

}
