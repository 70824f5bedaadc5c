package dev.baton.operations;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who the engine's open tasks wait for, as distinct people: one statement each over the
 * engine's task and candidate tables (the engine's API has no distinct query), so that
 * the directory can say which of them have left.
 */
@Component
class WaitingPeople {

	private final JdbcTemplate jdbc;

	private final ManagementService management;

	WaitingPeople(JdbcTemplate jdbc, ManagementService management) {
		this.jdbc = jdbc;
		this.management = management;
	}

	/** The assignees of open tasks. */
	List<String> assignees() {
		return jdbc.queryForList(
				"SELECT DISTINCT ASSIGNEE_ FROM " + table("ACT_RU_TASK") + " WHERE ASSIGNEE_ IS NOT NULL",
				String.class);
	}

	/** The candidate users of open tasks that nobody has claimed. */
	List<String> candidatesOfUnclaimed() {
		return jdbc.queryForList(
				"SELECT DISTINCT l.USER_ID_ FROM " + table("ACT_RU_IDENTITYLINK") + " l JOIN " + table("ACT_RU_TASK")
						+ " t ON t.ID_ = l.TASK_ID_"
						+ " WHERE l.TYPE_ = 'candidate' AND l.USER_ID_ IS NOT NULL AND t.ASSIGNEE_ IS NULL",
				String.class);
	}

	/**
	 * The candidate groups (departments, roles) of open tasks that nobody has claimed.
	 */
	List<String> candidateGroupsOfUnclaimed() {
		return jdbc.queryForList(
				"SELECT DISTINCT l.GROUP_ID_ FROM " + table("ACT_RU_IDENTITYLINK") + " l JOIN " + table("ACT_RU_TASK")
						+ " t ON t.ID_ = l.TASK_ID_"
						+ " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL AND t.ASSIGNEE_ IS NULL",
				String.class);
	}

	/** An engine table's name with the engine's table prefix, if one is configured. */
	private String table(String name) {
		String taskTable = management.getTableName(Task.class);
		return taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length()) + name;
	}

}
