package dev.baton.tasks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox lists the tasks someone can work on now. Suspending a request suspends its
 * tasks with one bulk statement that the read model never sees (the engine changes no
 * task entity it could announce), so whoever suspends or resumes a request tells the
 * inbox here, in the same transaction: a suspended request's tasks leave the inbox, and
 * come back as the engine holds them when it resumes.
 */
@Component
public class InboxVisibility {

	private final JdbcTemplate jdbc;

	private final InboxRebuild rebuild;

	InboxVisibility(JdbcTemplate jdbc, InboxRebuild rebuild) {
		this.jdbc = jdbc;
		this.rebuild = rebuild;
	}

	/** The process instance was suspended: its tasks leave the inbox. */
	public void suspended(String processInstanceId) {
		jdbc.update("DELETE FROM baton_inbox_candidate WHERE task_id IN "
				+ "(SELECT task_id FROM baton_inbox_task WHERE process_instance_id = ?)", processInstanceId);
		jdbc.update("DELETE FROM baton_inbox_task WHERE process_instance_id = ?", processInstanceId);
	}

	/** The process instance was resumed: its open tasks are listed again. */
	public void resumed(String processInstanceId) {
		rebuild.restore(processInstanceId);
	}

}
