package dev.baton.tasks;

import java.util.List;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.engine.EngineLookups;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Appends what someone did with a task to the approval ledger, with the request and step
 * it belongs to; people its comment mentions are announced as {@link PeopleMentioned}.
 */
@Component
class TaskLedger {

	private final ApprovalLedger ledger;

	private final EngineLookups engine;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	TaskLedger(ApprovalLedger ledger, EngineLookups engine, Directory directory, ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.engine = engine;
		this.directory = directory;
		this.events = events;
	}

	void record(Task task, String actorId, String decision, String comment) {
		record(task, actorId, null, decision, comment, null);
	}

	void record(Task task, String actorId, String targetId, String decision, String comment, String dataHash) {
		recordFor(task, businessKeyOf(task), actorId, targetId, decision, comment, dataHash);
	}

	/** As {@link #record}, for a caller who already knows the request's business key. */
	void recordFor(Task task, String businessKey, String actorId, String targetId, String decision, String comment,
			String dataHash) {
		ledger.append(new LedgerEntry(null, task.getProcessInstanceId(), businessKey, task.getProcessDefinitionId(),
				task.getTaskDefinitionKey(), task.getName(), task.getId(), actorId, targetId, decision,
				blankToNull(comment), dataHash, null));
		List<String> mentioned = Mentions.in(comment);
		if (!mentioned.isEmpty()) {
			// only people who are there: one look-up, and only for a comment that
			// mentions
			List<String> people = directory.people(mentioned)
				.stream()
				.filter(Person::active)
				.map(Person::id)
				.filter(id -> !id.equals(actorId))
				.toList();
			if (!people.isEmpty()) {
				events.publishEvent(new PeopleMentioned(task.getProcessInstanceId(), businessKey, task.getId(),
						task.getName(), actorId, people, blankToNull(comment)));
			}
		}
	}

	/** The business key of the task's process instance, or {@code null}. */
	String businessKeyOf(Task task) {
		return engine.businessKey(task.getProcessInstanceId());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
