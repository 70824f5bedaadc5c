package dev.baton.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The inbox's queries over the read model. Built for the first page at 100,000 open
 * tasks:
 * <ul>
 * <li>assigned: one range of {@code baton_inbox_task(assignee, created_at, task_id)},
 * read in order, stopping after the page;</li>
 * <li>claimable: the same per principal (the user, each of their groups) on
 * {@code baton_inbox_candidate(principal_id, kind, claimable, created_at, task_id)}; each
 * branch yields at most offset + size task ids, their union is sorted once. A task a user
 * reaches twice (as a candidate user and through a group) is listed and counted
 * once.</li>
 * </ul>
 * SQL is assembled only from constant fragments chosen by typed values (enums, list
 * sizes); every value from a caller is a bound parameter.
 */
@Component
class InboxQueries implements Inbox {

	static final String USER = "U";
	static final String GROUP = "G";

	/**
	 * More groups than anyone holds; beyond this a caller is doing something else than
	 * reading an inbox.
	 */
	static final int MAX_GROUPS = 500;

	/** People a search text may name; more are a text too vague to narrow by person. */
	static final int MAX_INITIATORS = 100;

	private static final String COLUMNS = """
			t.task_id, t.name, t.step_id, t.process_definition_id, t.process_key, t.process_instance_id, t.business_key,
			t.initiator_id, t.request_title, t.summary, t.assignee, t.owner_id, t.delegated, t.parent_task_id, t.priority,
			t.created_at, t.due_at""";

	private final JdbcTemplate jdbc;

	private final InboxCandidates candidates;

	private final InboxProcessNames names;

	private final Directory directory;

	InboxQueries(JdbcTemplate jdbc, InboxProcessNames names, Directory directory, InboxCandidates candidates) {
		this.candidates = candidates;
		this.jdbc = jdbc;
		this.names = names;
		this.directory = directory;
	}

	@Override
	public InboxPage assigned(String userId, InboxFilter filter) {
		requireUser(userId);
		InboxSql.Search search = search(filter);
		InboxSql page = new InboxSql("SELECT " + COLUMNS + " FROM baton_inbox_task t WHERE t.assignee = ?", userId)
			.and(search)
			.append(" ORDER BY " + order(filter, "t") + " LIMIT ? OFFSET ?", filter.size(), filter.offset());
		List<InboxTask> items = jdbc.query(page.text(), rows(), page.params());
		return new InboxPage(items, assignedCount(userId, search), filter.page(), filter.size());
	}

	@Override
	public InboxPage claimable(String userId, Collection<String> groupIds, InboxFilter filter) {
		requireUser(userId);
		Set<String> groups = groups(groupIds);
		InboxSql.Search search = search(filter);
		InboxSql union = new InboxSql("");
		candidateBranches(union, userId, groups, search);
		List<InboxTask> items = pageOf(union, filter);
		return new InboxPage(items, claimableCount(userId, groups, search), filter.page(), filter.size());
	}

	@Override
	public InboxPage mine(String userId, Collection<String> groupIds, InboxFilter filter) {
		requireUser(userId);
		Set<String> groups = groups(groupIds);
		InboxSql.Search search = search(filter);
		InboxSql union = new InboxSql(
				"SELECT task_id FROM (SELECT t.task_id FROM baton_inbox_task t WHERE t.assignee = ?", userId)
			.and(search)
			.append(" ORDER BY " + order(filter, "t") + " LIMIT ?) a", branchLimit(filter));
		candidateBranches(union.append(" UNION "), userId, groups, search);
		List<InboxTask> items = pageOf(union, filter);
		long assigned = assignedCount(userId, search);
		long claimable = claimableCount(userId, groups, search);
		// narrowed by nothing, the list's two counts are the badges: the caller need not
		// count them again
		boolean all = filter.processKey() == null && filter.text() == null;
		return new InboxPage(items, assigned + claimable, filter.page(), filter.size(),
				all ? new InboxCounts(assigned, claimable) : null);
	}

	@Override
	public InboxCounts counts(String userId, Collection<String> groupIds) {
		requireUser(userId);
		InboxSql.Search all = new InboxSql.Search(InboxFilter.firstPage(), Set.of());
		return new InboxCounts(assignedCount(userId, all), claimableCount(userId, groups(groupIds), all));
	}

	@Override
	public Map<String, TaskCandidates> candidatesOf(Collection<String> taskIds) {
		return candidates.of(taskIds);
	}

	/**
	 * The filter with the people whose name, login or e-mail contains its text: the text
	 * finds the tasks of requests they started.
	 */
	private InboxSql.Search search(InboxFilter filter) {
		if (filter.text() == null) {
			return new InboxSql.Search(filter, Set.of());
		}
		Set<String> initiators = new LinkedHashSet<>();
		for (Person person : directory.search(filter.text(), MAX_INITIATORS)) {
			initiators.add(person.id());
		}
		return new InboxSql.Search(filter, initiators);
	}

	private long assignedCount(String userId, InboxSql.Search search) {
		InboxSql count = new InboxSql("SELECT COUNT(*) FROM baton_inbox_task t WHERE t.assignee = ?", userId)
			.and(search);
		return single(count);
	}

	private long claimableCount(String userId, Set<String> groups, InboxSql.Search search) {
		InboxFilter filter = search.filter();
		boolean join = filter.processKey() != null || filter.text() != null;
		// the leading IN list makes the index ranges; the kinds then tell a user from a
		// group of the same id
		InboxSql count = new InboxSql("SELECT COUNT(DISTINCT c.task_id) FROM baton_inbox_candidate c"
				+ (join ? " JOIN baton_inbox_task t ON t.task_id = c.task_id" : "") + " WHERE c.principal_id IN ("
				+ InboxSql.placeholders(1 + groups.size()) + ")", userId);
		count.addAll(groups);
		count.append(" AND c.claimable = ? AND ((c.kind = ? AND c.principal_id = ?)", true, USER, userId);
		if (!groups.isEmpty()) {
			count.append(" OR (c.kind = ? AND c.principal_id IN (" + InboxSql.placeholders(groups.size()) + "))",
					GROUP);
			count.addAll(groups);
		}
		count.append(")");
		if (join) {
			count.and(search);
		}
		return single(count);
	}

	/**
	 * One branch per principal, each the principal's first offset + size claimable tasks
	 * in the list's order, joined by UNION (which also drops a task reached twice).
	 */
	private static void candidateBranches(InboxSql union, String userId, Set<String> groups, InboxSql.Search search) {
		candidateBranch(union, 0, USER, userId, search);
		int branch = 1;
		for (String group : groups) {
			candidateBranch(union.append(" UNION "), branch++, GROUP, group, search);
		}
	}

	private static void candidateBranch(InboxSql union, int branch, String kind, String principal,
			InboxSql.Search search) {
		InboxFilter filter = search.filter();
		boolean join = filter.processKey() != null || filter.text() != null
				|| filter.sort() != InboxFilter.Sort.CREATED;
		union.append("SELECT task_id FROM (SELECT c.task_id FROM baton_inbox_candidate c"
				+ (join ? " JOIN baton_inbox_task t ON t.task_id = c.task_id" : "")
				+ " WHERE c.principal_id = ? AND c.kind = ? AND c.claimable = ?", principal, kind, true);
		if (join) {
			union.and(search);
		}
		union.append(" ORDER BY " + order(filter, join ? "t" : "c") + " LIMIT ?) b" + branch, branchLimit(filter));
	}

	/** The page of the tasks whose ids the union yields, in the list's order. */
	private List<InboxTask> pageOf(InboxSql union, InboxFilter filter) {
		InboxSql page = new InboxSql("SELECT " + COLUMNS + " FROM (").append(union)
			.append(") v JOIN baton_inbox_task t ON t.task_id = v.task_id ORDER BY " + order(filter, "t")
					+ " LIMIT ? OFFSET ?", filter.size(), filter.offset());
		return jdbc.query(page.text(), rows(), page.params());
	}

	private static int branchLimit(InboxFilter filter) {
		return filter.offset() + filter.size();
	}

	/**
	 * ORDER BY for the list; {@code c} (candidate rows) only for the creation order,
	 * which they carry.
	 */
	private static String order(InboxFilter filter, String alias) {
		String direction = filter.order() == InboxFilter.Order.ASC ? " ASC" : " DESC";
		String created = alias + ".created_at" + direction + ", " + alias + ".task_id" + direction;
		if (filter.sort() == InboxFilter.Sort.DUE) {
			// tasks without a due date come last either way
			return "CASE WHEN " + alias + ".due_at IS NULL THEN 1 ELSE 0 END, " + alias + ".due_at" + direction + ", "
					+ created;
		}
		return created;
	}

	private long single(InboxSql sql) {
		Long value = jdbc.queryForObject(sql.text(), Long.class, sql.params());
		return value == null ? 0 : value;
	}

	private RowMapper<InboxTask> rows() {
		return (row, i) -> task(row);
	}

	private InboxTask task(ResultSet row) throws SQLException {
		String definitionId = row.getString("process_definition_id");
		String stepId = row.getString("step_id");
		String name = row.getString("name");
		String assignee = row.getString("assignee");
		return new InboxTask(row.getString("task_id"), names.step(definitionId, stepId, name), stepId,
				row.getString("process_key"), definitionId, names.process(definitionId),
				row.getString("process_instance_id"), row.getString("business_key"), row.getString("request_title"),
				row.getString("summary"), row.getString("initiator_id"), assignee, row.getString("owner_id"),
				row.getBoolean("delegated"), row.getString("parent_task_id"), row.getInt("priority"),
				instant(row.getTimestamp("created_at")), instant(row.getTimestamp("due_at")), assignee == null);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static void requireUser(String userId) {
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("userId is required");
		}
	}

	static Set<String> groups(Collection<String> groupIds) {
		Set<String> groups = new LinkedHashSet<>();
		if (groupIds != null) {
			for (String group : groupIds) {
				if (group != null && !group.isBlank()) {
					groups.add(group);
				}
			}
		}
		if (groups.size() > MAX_GROUPS) {
			throw new IllegalArgumentException("more than " + MAX_GROUPS + " groups");
		}
		return groups;
	}

}
