package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.engine.ApprovalVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the inbox read model row by row, and compares all of it with what the engine
 * itself says about its open tasks (through its public API, not its tables).
 */
final class InboxReadModel {

	/** One task as the read model holds it, with its candidates ("U:lina", "G:sales"). */
	record Row(String taskId, String name, String stepId, String processDefinitionId, String processKey,
			String processInstanceId, String businessKey, String initiatorId, String requestTitle, String assignee,
			String owner, boolean delegated, String parentTaskId, int priority, Instant createdAt, Instant dueAt,
			Set<String> candidates, Set<String> claimableFlags) {

		/**
		 * The same row without its times, which are compared to the second (MySQL's
		 * engine tables keep no fractions).
		 */
		Row withoutTimes() {
			return new Row(taskId, name, stepId, processDefinitionId, processKey, processInstanceId, businessKey,
					initiatorId, requestTitle, assignee, owner, delegated, parentTaskId, priority, null, null,
					candidates, claimableFlags);
		}

		void assertSameAs(Row expected) {
			assertThat(withoutTimes()).as("read model of task %s (%s)", taskId, name)
				.isEqualTo(expected.withoutTimes());
			assertSameTime(createdAt, expected.createdAt, "created_at of " + taskId);
			assertSameTime(dueAt, expected.dueAt, "due_at of " + taskId);
		}

		private static void assertSameTime(Instant actual, Instant expected, String what) {
			if (expected == null) {
				assertThat(actual).as(what).isNull();
			}
			else {
				assertThat(actual).as(what).isNotNull();
				assertThat(Math.abs(actual.toEpochMilli() - expected.toEpochMilli())).as(what).isLessThan(1000);
			}
		}
	}

	private final JdbcTemplate jdbc;

	private final ProcessEngine engine;

	InboxReadModel(JdbcTemplate jdbc, ProcessEngine engine) {
		this.jdbc = jdbc;
		this.engine = engine;
	}

	Map<String, Row> rows() {
		Map<String, Set<String>> candidates = new TreeMap<>();
		Map<String, Set<String>> flags = new TreeMap<>();
		jdbc.query("SELECT task_id, kind, principal_id, claimable FROM baton_inbox_candidate", row -> {
			candidates.computeIfAbsent(row.getString("task_id"), id -> new TreeSet<>())
				.add(row.getString("kind") + ":" + row.getString("principal_id"));
			flags.computeIfAbsent(row.getString("task_id"), id -> new TreeSet<>())
				.add(String.valueOf(row.getBoolean("claimable")));
		});
		Map<String, Row> rows = new TreeMap<>();
		jdbc.query("SELECT * FROM baton_inbox_task", row -> {
			String id = row.getString("task_id");
			rows.put(id,
					new Row(id, row.getString("name"), row.getString("step_id"), row.getString("process_definition_id"),
							row.getString("process_key"), row.getString("process_instance_id"),
							row.getString("business_key"), row.getString("initiator_id"),
							row.getString("request_title"), row.getString("assignee"), row.getString("owner_id"),
							row.getBoolean("delegated"), row.getString("parent_task_id"), row.getInt("priority"),
							instant(row.getTimestamp("created_at")), instant(row.getTimestamp("due_at")),
							candidates.getOrDefault(id, Set.of()), flags.getOrDefault(id, Set.of())));
		});
		assertThat(candidates.keySet()).as("candidates of tasks the read model does not hold")
			.isSubsetOf(rows.keySet());
		return rows;
	}

	Row row(String taskId) {
		return rows().get(taskId);
	}

	/**
	 * Every open task of the engine that someone can work on (not suspended) has exactly
	 * one row with the engine's values and candidates, and there is no other row.
	 */
	void assertInStepWithEngine() {
		List<Task> open = engine.getTaskService().createTaskQuery().active().list();
		Map<String, Row> rows = rows();
		assertThat(rows.keySet()).as("open tasks in the read model")
			.containsExactlyInAnyOrderElementsOf(open.stream().map(Task::getId).toList());
		Map<String, String> keys = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
		Map<String, ProcessInstance> instances = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
		for (Task task : open) {
			Row row = rows.get(task.getId());
			Set<String> candidates = new TreeSet<>();
			for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
					candidates.add(link.getUserId() != null ? "U:" + link.getUserId() : "G:" + link.getGroupId());
				}
			}
			ProcessInstance instance = task.getProcessInstanceId() == null ? null
					: instances.get(task.getProcessInstanceId());
			Row expected = new Row(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					task.getProcessDefinitionId(),
					task.getProcessDefinitionId() == null ? null : keys.get(task.getProcessDefinitionId()),
					task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(),
					stringVariable(instance, ApprovalVariables.INITIATOR), stringVariable(instance, "title"),
					task.getAssignee(), task.getOwner(), task.getDelegationState() == DelegationState.PENDING,
					task.getParentTaskId(), task.getPriority(), instant(task.getCreateTime()),
					instant(task.getDueDate()), candidates,
					candidates.isEmpty() ? Set.of() : Set.of(String.valueOf(task.getAssignee() == null)));
			row.assertSameAs(expected);
		}
	}

	private String stringVariable(ProcessInstance instance, String name) {
		if (instance == null) {
			return null;
		}
		Object value = engine.getRuntimeService().getVariableLocal(instance.getId(), name);
		return value instanceof String text ? text : null;
	}

	private static Instant instant(java.util.Date date) {
		return date == null ? null : date.toInstant();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
