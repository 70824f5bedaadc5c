package dev.baton.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Announces what one engine command did to user tasks, as {@link TaskChanged} events,
 * when the command closes and before the engine flushes it: inside the same transaction.
 *
 * <p>
 * It reads the engine's own unit of work, the entity cache the engine is about to flush:
 * new tasks are {@code TRANSIENT}, changed ones dirty or {@code MERGED}, ended ones
 * {@code DELETED_*}; candidate identity links likewise. So whatever path changed a task
 * (a service call, a REST request, a listener, cascading deletes of a process instance or
 * deployment), the events describe exactly the rows the engine writes, and no change is
 * announced for a command that fails. One collector per command context (it is a
 * {@link Session}); {@link TaskChangeInterceptor} makes sure every command context has
 * one.
 */
final class TaskChangeCollector implements Session, CommandContextListener {

	private final ApplicationEventPublisher events;

	private boolean registered;

	/** Tasks whose assignee the command changed, as {@link AssigneeChanges} heard. */
	private final Set<String> reassigned = new HashSet<>();

	TaskChangeCollector(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Listens to the close of the command context it belongs to, once. */
	void register(CommandContext context) {
		if (!registered) {
			registered = true;
			context.registerCommandContextListener(this);
		}
	}

	/** The command changed the task's assignee. */
	void reassigned(String taskId) {
		reassigned.add(taskId);
	}

	@Override
	public void onCommandContextClose(CommandContext context) {
		if (!(context.getSessions().get(DbEntityManager.class) instanceof DbEntityManager entityManager)) {
			return; // the command never touched the database
		}
		for (TaskChanged change : changesIn(entityManager.getDbEntityCache(), reassigned)) {
			events.publishEvent(change);
		}
	}

	static List<TaskChanged> changesIn(DbEntityCache cache, Set<String> reassigned) {
		Map<String, CandidateChanges> candidateChanges = candidateChangesIn(cache);
		List<TaskChanged> changes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (TaskEntity task : cache.getEntitiesByType(TaskEntity.class)) {
			CachedDbEntity cached = cache.getCachedEntity(task);
			seen.add(task.getId());
			CandidateChanges candidates = candidateChanges.getOrDefault(task.getId(), CandidateChanges.NONE);
			switch (cached.getEntityState()) {
				case TRANSIENT -> changes.add(new TaskChanged.Opened(snapshot(task, true), candidates.net()));
				case MERGED -> changes.add(updated(task, candidates, reassigned.contains(task.getId())));
				case PERSISTENT -> {
					if (cached.isDirty() || !candidates.isEmpty()) {
						changes.add(updated(task, candidates, reassigned.contains(task.getId())));
					}
				}
				case DELETED_PERSISTENT, DELETED_MERGED ->
					changes.add(new TaskChanged.Ended(task.getId(), task.getDeleteReason()));
				case DELETED_TRANSIENT -> {
					// created and ended in the same command: nothing ever existed
				}
			}
		}
		candidateChanges.forEach((taskId, candidates) -> {
			if (!seen.contains(taskId) && !candidates.isEmpty()) {
				changes.add(new TaskChanged.Updated(taskId, null, List.copyOf(candidates.added),
						List.copyOf(candidates.removed)));
			}
		});
		return changes;
	}

	private static TaskChanged.Updated updated(TaskEntity task, CandidateChanges candidates, boolean reassigned) {
		return new TaskChanged.Updated(task.getId(), snapshot(task, false), List.copyOf(candidates.added),
				List.copyOf(candidates.removed), reassigned);
	}

	private static Map<String, CandidateChanges> candidateChangesIn(DbEntityCache cache) {
		Map<String, CandidateChanges> byTask = new LinkedHashMap<>();
		for (IdentityLinkEntity link : cache.getEntitiesByType(IdentityLinkEntity.class)) {
			if (link.getTaskId() == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			TaskChanged.Candidate candidate = link.getUserId() != null ? TaskChanged.Candidate.user(link.getUserId())
					: link.getGroupId() != null ? TaskChanged.Candidate.group(link.getGroupId()) : null;
			if (candidate == null) {
				continue;
			}
			switch (cache.getCachedEntity(link).getEntityState()) {
				case TRANSIENT ->
					byTask.computeIfAbsent(link.getTaskId(), id -> new CandidateChanges()).added.add(candidate);
				case DELETED_PERSISTENT, DELETED_MERGED ->
					byTask.computeIfAbsent(link.getTaskId(), id -> new CandidateChanges()).removed.add(candidate);
				default -> {
					// loaded and unchanged, or added and removed again in the same
					// command
				}
			}
		}
		return byTask;
	}

	private static TaskChanged.Snapshot snapshot(TaskEntity task, boolean withRequest) {
		String businessKey = null;
		String initiator = null;
		String title = null;
		String summary = null;
		ProcessDefinitionEntity definition = task.getProcessDefinitionId() == null ? null : task.getProcessDefinition();
		if (withRequest && task.getProcessInstanceId() != null) {
			ExecutionEntity instance = task.getProcessInstance();
			if (instance != null) {
				businessKey = instance.getBusinessKey();
				initiator = stringVariable(instance, ApprovalVariables.INITIATOR);
				title = stringVariable(instance, "title");
				List<String> summaryKeys = RequestSummaryValues.keysOf(definition);
				if (!summaryKeys.isEmpty()) {
					// the instance's variables are loaded already (for the title)
					summary = RequestSummaryValues.json(summaryKeys, key -> instance.getVariableLocalTyped(key, false));
				}
			}
		}
		return new TaskChanged.Snapshot(task.getId(), task.getName(), task.getTaskDefinitionKey(),
				task.getProcessDefinitionId(), definition == null ? null : definition.getKey(),
				task.getProcessInstanceId(), businessKey, initiator, title, summary, task.getAssignee(),
				task.getOwner(), task.getDelegationState() == DelegationState.PENDING, task.getParentTaskId(),
				task.getPriority(), instant(task.getCreateTime()), instant(task.getDueDate()));
	}

	private static String stringVariable(ExecutionEntity instance, String name) {
		TypedValue value = instance.getVariableLocalTyped(name, false);
		return value instanceof StringValue text ? text.getValue() : null;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	@Override
	public void onCommandFailed(CommandContext context, Throwable failure) {
		// nothing was announced: events are only published when a command closes without
		// failure
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	/** Candidates a command added to and removed from one task. */
	private static final class CandidateChanges {

		static final CandidateChanges NONE = new CandidateChanges();

		final Set<TaskChanged.Candidate> added = new LinkedHashSet<>();

		final Set<TaskChanged.Candidate> removed = new LinkedHashSet<>();

		boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty();
		}

		/** The candidates of a new task: what was added, less what was removed again. */
		List<TaskChanged.Candidate> net() {
			Set<TaskChanged.Candidate> net = new LinkedHashSet<>(added);
			net.removeAll(removed);
			return List.copyOf(net);
		}

	}

	/** Opens one collector per command context. */
	static final class Factory implements SessionFactory {

		private final ApplicationEventPublisher events;

		Factory(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Override
		public Class<?> getSessionType() {
			return TaskChangeCollector.class;
		}

		@Override
		public Session openSession() {
			return new TaskChangeCollector(events);
		}

	}

}
