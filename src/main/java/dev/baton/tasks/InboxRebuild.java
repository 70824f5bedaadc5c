package dev.baton.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.baton.engine.ApprovalVariables;
import dev.baton.engine.RequestSummaryValues;
import dev.baton.modeling.RequestSummaries;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the inbox read model from the engine's own tables, in one transaction, with
 * the same values the projection writes. Needed once when Baton is upgraded onto a
 * database that already has open tasks (the read model starts empty); at startup it runs
 * whenever the number of open tasks and the number of read-model rows disagree, which one
 * statement compares consistently. Tasks of suspended requests are left out, as the inbox
 * lists only tasks someone can work on (see {@link InboxVisibility}). Bulk loads that
 * write the engine's tables directly (the benchmark) call it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
public class InboxRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InboxRebuild.class);

	private static final int SUMMARY_BATCH = 500;

	/** The engine's {@code SUSPENSION_STATE_} of an active task. */
	private static final int ACTIVE = 1;

	private final JdbcTemplate jdbc;

	private final ManagementService management;

	private final TransactionTemplate transaction;

	private final RuntimeService runtime;

	private final RequestSummaries summaries;

	InboxRebuild(JdbcTemplate jdbc, ManagementService management, PlatformTransactionManager transactions,
			RuntimeService runtime, RequestSummaries summaries) {
		this.jdbc = jdbc;
		this.management = management;
		this.transaction = new TransactionTemplate(transactions);
		this.runtime = runtime;
		this.summaries = summaries;
	}

	@Override
	public void run(ApplicationArguments args) {
		long[] counts = jdbc.queryForObject(
				"SELECT (SELECT COUNT(*) FROM " + table("ACT_RU_TASK") + " WHERE SUSPENSION_STATE_ = " + ACTIVE
						+ "), (SELECT COUNT(*) FROM baton_inbox_task)",
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) });
		if (counts != null && counts[0] != counts[1]) {
			log.warn("The inbox read model has {} tasks, the engine {} open tasks: rebuilding it", counts[1],
					counts[0]);
			log.warn("Inbox read model rebuilt: {} open tasks", rebuild());
		}
	}

	/**
	 * @return the number of open tasks now in the read model
	 */
	public int rebuild() {
		Integer tasks = transaction.execute(status -> {
			jdbc.update("DELETE FROM baton_inbox_candidate");
			jdbc.update("DELETE FROM baton_inbox_task");
			int inserted = insertOpenTasks("", new Object[0]);
			fillSummaries(null);
			return inserted;
		});
		return tasks == null ? 0 : tasks;
	}

	/**
	 * Puts the open tasks of one process instance back into the read model, as a rebuild
	 * would (after its suspension ended, see {@link InboxVisibility}).
	 */
	void restore(String processInstanceId) {
		jdbc.update("DELETE FROM baton_inbox_candidate WHERE task_id IN "
				+ "(SELECT task_id FROM baton_inbox_task WHERE process_instance_id = ?)", processInstanceId);
		jdbc.update("DELETE FROM baton_inbox_task WHERE process_instance_id = ?", processInstanceId);
		insertOpenTasks(" AND t.PROC_INST_ID_ = ?", new Object[] { processInstanceId });
		fillSummaries(processInstanceId);
	}

	/**
	 * Copies the engine's active open tasks (and their candidates) that match the filter
	 * into the read model; suspended tasks stay out of it.
	 */
	private int insertOpenTasks(String filter, Object[] arguments) {
		int inserted = jdbc.update("""
				INSERT INTO baton_inbox_task (task_id, name, step_id, process_definition_id, process_key,
				    process_instance_id, business_key, initiator_id, request_title, assignee, owner_id, delegated,
				    parent_task_id, priority, created_at, due_at)
				SELECT t.ID_, SUBSTRING(t.NAME_, 1, 255), SUBSTRING(t.TASK_DEF_KEY_, 1, 255), t.PROC_DEF_ID_,
				    SUBSTRING(d.KEY_, 1, 255), t.PROC_INST_ID_, SUBSTRING(e.BUSINESS_KEY_, 1, 255),
				    SUBSTRING(vi.TEXT_, 1, 255), SUBSTRING(vt.TEXT_, 1, 255), t.ASSIGNEE_, t.OWNER_,
				    CASE WHEN t.DELEGATION_ = 'PENDING' THEN TRUE ELSE FALSE END, t.PARENT_TASK_ID_, t.PRIORITY_,
				    t.CREATE_TIME_, t.DUE_DATE_
				FROM %s t
				LEFT JOIN %s d ON d.ID_ = t.PROC_DEF_ID_
				LEFT JOIN %s e ON e.ID_ = t.PROC_INST_ID_
				LEFT JOIN %s vi ON vi.EXECUTION_ID_ = t.PROC_INST_ID_ AND vi.TASK_ID_ IS NULL
				    AND vi.NAME_ = '%s' AND vi.TYPE_ = 'string'
				LEFT JOIN %s vt ON vt.EXECUTION_ID_ = t.PROC_INST_ID_ AND vt.TASK_ID_ IS NULL
				    AND vt.NAME_ = 'title' AND vt.TYPE_ = 'string'
				WHERE t.SUSPENSION_STATE_ = %d""".formatted(table("ACT_RU_TASK"), table("ACT_RE_PROCDEF"),
				table("ACT_RU_EXECUTION"), table("ACT_RU_VARIABLE"), ApprovalVariables.INITIATOR,
				table("ACT_RU_VARIABLE"), ACTIVE) + filter, arguments);
		jdbc.update("""
				INSERT INTO baton_inbox_candidate (task_id, kind, principal_id, claimable, created_at)
				SELECT DISTINCT l.TASK_ID_, CASE WHEN l.USER_ID_ IS NOT NULL THEN 'U' ELSE 'G' END,
				    COALESCE(l.USER_ID_, l.GROUP_ID_), CASE WHEN t.ASSIGNEE_ IS NULL THEN TRUE ELSE FALSE END,
				    t.CREATE_TIME_
				FROM %s l JOIN %s t ON t.ID_ = l.TASK_ID_
				WHERE l.TYPE_ = 'candidate' AND (l.USER_ID_ IS NOT NULL OR l.GROUP_ID_ IS NOT NULL)
				    AND t.SUSPENSION_STATE_ = %d""".formatted(table("ACT_RU_IDENTITYLINK"), table("ACT_RU_TASK"),
				ACTIVE) + filter, arguments);
		return inserted;
	}

	/**
	 * The summaries of the rebuilt rows, from their instances' variables, a few hundred
	 * instances per query, for the versions that name summary fields.
	 */
	private void fillSummaries(String onlyInstance) {
		String instanceFilter = onlyInstance == null ? "" : " AND process_instance_id = ?";
		Object[] instanceArguments = onlyInstance == null ? new Object[0] : new Object[] { onlyInstance };
		for (String definitionId : jdbc.queryForList(
				"SELECT DISTINCT process_definition_id FROM baton_inbox_task WHERE process_definition_id IS NOT NULL"
						+ instanceFilter,
				String.class, instanceArguments)) {
			List<String> keys = summaries.keys(definitionId);
			if (keys.isEmpty()) {
				continue;
			}
			List<Object> arguments = new ArrayList<>(List.of(definitionId));
			arguments.addAll(List.of(instanceArguments));
			List<String> instances = jdbc.queryForList(
					"SELECT DISTINCT process_instance_id FROM baton_inbox_task WHERE process_definition_id = ?"
							+ instanceFilter,
					String.class, arguments.toArray());
			for (int from = 0; from < instances.size(); from += SUMMARY_BATCH) {
				List<String> batch = instances.subList(from, Math.min(instances.size(), from + SUMMARY_BATCH));
				Map<String, Map<String, TypedValue>> values = new HashMap<>();
				for (VariableInstance variable : runtime.createVariableInstanceQuery()
					.processInstanceIdIn(batch.toArray(String[]::new))
					.variableNameIn(keys.toArray(String[]::new))
					.disableBinaryFetching()
					.disableCustomObjectDeserialization()
					.list()) {
					if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
						values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
							.put(variable.getName(), variable.getTypedValue());
					}
				}
				List<Object[]> rows = new ArrayList<>();
				values.forEach((instanceId, variables) -> {
					String summary = RequestSummaryValues.json(keys, variables);
					if (summary != null) {
						rows.add(new Object[] { summary, instanceId });
					}
				});
				jdbc.batchUpdate("UPDATE baton_inbox_task SET summary = ? WHERE process_instance_id = ?", rows);
			}
		}
	}

	/** An engine table's name with the engine's table prefix, if one is configured. */
	private String table(String name) {
		String taskTable = management.getTableName(Task.class);
		return taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length()) + name;
	}

}
