package dev.baton.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who an open task is offered to, from the inbox read model's candidate rows (a user
 * {@code U} or a department or role {@code G}): the candidates of a request's tasks at
 * once, and whether a person may claim a task.
 */
@Component
class InboxCandidates {

	private final JdbcTemplate jdbc;

	InboxCandidates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, TaskCandidates> of(Collection<String> taskIds) {
		Set<String> ids = new LinkedHashSet<>(taskIds);
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> users = new LinkedHashMap<>();
		Map<String, List<String>> groups = new LinkedHashMap<>();
		jdbc.query(
				"SELECT c.task_id, c.kind, c.principal_id FROM baton_inbox_candidate c WHERE c.task_id IN ("
						+ InboxSql.placeholders(ids.size()) + ") ORDER BY c.task_id, c.kind DESC, c.principal_id",
				row -> {
					String taskId = row.getString("task_id");
					(InboxQueries.USER.equals(row.getString("kind")) ? users : groups)
						.computeIfAbsent(taskId, id -> new ArrayList<>())
						.add(row.getString("principal_id"));
				}, ids.toArray());
		Map<String, TaskCandidates> candidates = new LinkedHashMap<>();
		for (String id : ids) {
			if (users.containsKey(id) || groups.containsKey(id)) {
				candidates.put(id,
						new TaskCandidates(users.getOrDefault(id, List.of()), groups.getOrDefault(id, List.of())));
			}
		}
		return candidates;
	}

	/**
	 * Whether the user, or one of the groups, is a candidate of the open task (claimed or
	 * not), in one statement: the read model's candidate rows are written from the
	 * engine's own identity links in the engine's transaction (see
	 * {@link InboxProjection}), so they answer what {@code getIdentityLinksForTask}
	 * would, without loading the task, its execution and its definition again.
	 */
	boolean isCandidate(String taskId, String userId, Collection<String> groupIds) {
		Set<String> groups = InboxQueries.groups(groupIds);
		InboxSql sql = new InboxSql(
				"SELECT COUNT(*) FROM baton_inbox_candidate c WHERE c.task_id = ? AND ((c.kind = ? AND"
						+ " c.principal_id = ?)",
				taskId, InboxQueries.USER, userId);
		if (!groups.isEmpty()) {
			sql.append(" OR (c.kind = ? AND c.principal_id IN (" + InboxSql.placeholders(groups.size()) + "))",
					InboxQueries.GROUP);
			sql.addAll(groups);
		}
		Long count = jdbc.queryForObject(sql.append(")").text(), Long.class, sql.params());
		return count != null && count > 0;
	}

}
