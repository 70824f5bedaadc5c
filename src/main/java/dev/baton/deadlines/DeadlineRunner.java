package dev.baton.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on the deadlines that are due: reminds, escalates, and forgets the rows of tasks
 * that have ended. Each row in a transaction of its own, claimed first, so that two nodes
 * running at once act on it once; a row whose action fails is tried again an hour later.
 */
@Service
public class DeadlineRunner {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRunner.class);

	static final int BATCH = 100;

	/** What one run does at most; the next run goes on. */
	static final int MAX_BATCHES = 20;

	static final Duration RETRY_AFTER = Duration.ofHours(1);

	private final DeadlineRows rows;

	private final TaskService taskService;

	private final Escalations escalations;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	DeadlineRunner(DeadlineRows rows, TaskService taskService, Escalations escalations,
			ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.rows = rows;
		this.taskService = taskService;
		this.escalations = escalations;
		this.events = events;
		this.transaction = transaction;
	}

	/**
	 * Acts on every deadline due at {@code now}.
	 * @return how many rows this runner acted on (claimed and found a task)
	 */
	public int runDue(Instant now) {
		int acted = 0;
		int batches = 0;
		List<String> due;
		do {
			due = rows.dueAt(now, BATCH);
			for (String taskId : due) {
				if (runOne(taskId, now)) {
					acted++;
				}
			}
		}
		while (due.size() == BATCH && acted > 0 && ++batches < MAX_BATCHES);
		return acted;
	}

	private boolean runOne(String taskId, Instant now) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> act(taskId, now)));
		}
		catch (RuntimeException failed) {
			log.warn("The deadline of task {} could not be acted on; trying again in {}", taskId, RETRY_AFTER, failed);
			transaction.executeWithoutResult(status -> rows.postpone(taskId, now.plus(RETRY_AFTER)));
			return false;
		}
	}

	private boolean act(String taskId, Instant now) {
		DeadlineRow row = rows.find(taskId).orElse(null);
		if (row == null || row.next() == null || row.next().isAfter(now) || !rows.claim(row)) {
			return false;
		}
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			rows.remove(taskId);
			return false;
		}
		DeadlineRow.Actions actions = row.actAt(now);
		Recipients people = Recipients.of(task, taskService);
		boolean open = true;
		if (actions.escalate()) {
			open = escalations.escalate(row, task, people);
		}
		boolean handedOn = actions.escalate() && !open;
		if (actions.dueSoon() && !handedOn) {
			events.publishEvent(new TaskDueSoon(taskId, row.processInstanceId(), row.businessKey(), row.stepId(),
					row.stepName(), row.dueAt(), people.users(), people.groups()));
		}
		if (actions.overdueReminder() > 0 && !handedOn) {
			events.publishEvent(new TaskOverdue(taskId, row.processInstanceId(), row.businessKey(), row.stepId(),
					row.stepName(), row.dueAt(), actions.overdueReminder(), people.users(), people.groups()));
		}
		if (open) {
			rows.save(actions.after());
		}
		else {
			rows.remove(taskId);
		}
		return true;
	}

}
