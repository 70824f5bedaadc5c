package dev.baton.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Baton's own tables of the requests module, through plain SQL that runs on H2 and MySQL
 * alike.
 */
@Repository
class RequestStore {

	/**
	 * The list filters of {@code GET /api/requests}; {@code null} means "not filtered".
	 */
	record Filter(Scope scope, String userId, RequestStatus status, String processKey, String text) {
	}

	enum Scope {

		MINE, INVOLVED, ALL, CC

	}

	private static final String COLUMNS = "r.id, r.process_instance_id, r.process_definition_id, r.process_key, r.title, "
			+ "r.initiator_id, r.status, r.started_at, r.ended_at, r.summary, r.initiator_unread";

	private final JdbcTemplate jdbc;

	RequestStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RequestRow row, String searchText) {
		jdbc.update("""
				INSERT INTO baton_request (id, process_instance_id, process_definition_id, process_key, title,
				    initiator_id, status, started_at, ended_at, search_text, summary, initiator_unread)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.id(), row.processInstanceId(),
				row.processDefinitionId(), row.processKey(), row.title(), row.initiatorId(), row.status().name(),
				Timestamp.from(row.startedAt()), row.endedAt() == null ? null : Timestamp.from(row.endedAt()),
				truncate(searchText, 1000), row.summary(), row.initiatorUnread());
	}

	void attachInstance(String requestId, String processInstanceId) {
		jdbc.update("UPDATE baton_request SET process_instance_id = ? WHERE id = ? AND process_instance_id IS NULL",
				processInstanceId, requestId);
	}

	/**
	 * Ends the running request of a process instance (or whose start is still in this
	 * transaction: no instance id written yet), in one statement; a request that already
	 * ended keeps its status, an instance of another request (same business key) changes
	 * nothing.
	 * @param lastActor who took the last decision on it, or {@code null}
	 * @param unreadIfInitiatorActed whether its initiator has yet to see how it ended
	 * when they took the last decision themselves
	 * @param unreadOtherwise the same, when someone else (or nobody) did
	 * @return whether it ended now
	 */
	boolean end(String requestId, String processInstanceId, RequestStatus status, Instant endedAt, String lastActor,
			boolean unreadIfInitiatorActed, boolean unreadOtherwise) {
		return jdbc.update("""
				UPDATE baton_request SET status = ?, ended_at = ?,
				    initiator_unread = CASE WHEN initiator_id = ? THEN ? ELSE ? END
				WHERE id = ? AND status = ? AND (process_instance_id IS NULL OR process_instance_id = ?)""",
				status.name(), Timestamp.from(endedAt), lastActor, unreadIfInitiatorActed, unreadOtherwise, requestId,
				RequestStatus.RUNNING.name(), processInstanceId) > 0;
	}

	/** The initiator has seen the request. */
	void markReadByInitiator(String requestId) {
		jdbc.update("UPDATE baton_request SET initiator_unread = ? WHERE id = ? AND initiator_unread = ?", false,
				requestId, true);
	}

	void updateSummary(String processInstanceId, String summary) {
		jdbc.update("UPDATE baton_request SET summary = ? WHERE process_instance_id = ?", summary, processInstanceId);
	}

	/**
	 * The badges: the user's requests whose end they have not seen, and requests copied
	 * to them that they have not read.
	 */
	long[] unreadCounts(String userId) {
		long[] counts = jdbc.queryForObject("""
				SELECT (SELECT COUNT(*) FROM baton_request WHERE initiator_id = ? AND initiator_unread = ?),
				       (SELECT COUNT(*) FROM baton_request_cc WHERE user_id = ? AND read_at IS NULL)""",
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) }, userId, true, userId);
		return counts == null ? new long[2] : counts;
	}

	/** The requests with these ids that started (unknown ids are left out). */
	List<RequestRow> findAll(Collection<String> requestIds) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM baton_request r WHERE r.process_instance_id IS NOT NULL AND r.id IN ("
						+ String.join(", ", Collections.nCopies(requestIds.size(), "?")) + ")",
				(row, i) -> row(row, false), requestIds.toArray());
	}

	/** The requests of these process instances (unknown ones are left out). */
	List<RequestRow> findAllByInstance(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM baton_request r WHERE r.process_instance_id IN ("
						+ String.join(", ", Collections.nCopies(processInstanceIds.size(), "?")) + ")",
				(row, i) -> row(row, false), processInstanceIds.toArray());
	}

	Optional<RequestRow> find(String requestId) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM baton_request r WHERE r.id = ?", (row, i) -> row(row, false), requestId)
			.stream()
			.findFirst();
	}

	/**
	 * A request as one reader finds it: its row, and whether it was copied to the reader
	 * and they have yet to read the copy, in one statement.
	 */
	Optional<ForReader> findFor(String requestId, String userId) {
		return jdbc
			.query("SELECT " + COLUMNS + ", c.user_id AS cc_user, c.read_at FROM baton_request r"
					+ " LEFT JOIN baton_request_cc c ON c.request_id = r.id AND c.user_id = ? WHERE r.id = ?",
					(row, i) -> new ForReader(row(row, false), row.getString("cc_user") != null,
							row.getString("cc_user") != null && row.getTimestamp("read_at") == null),
					userId, requestId)
			.stream()
			.findFirst();
	}

	/**
	 * @param copied the request was copied to the reader
	 * @param copyUnread and they have not read the copy yet
	 */
	record ForReader(RequestRow row, boolean copied, boolean copyUnread) {
	}

	Optional<RequestRow> findByInstance(String processInstanceId) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM baton_request r WHERE r.process_instance_id = ?",
					(row, i) -> row(row, false), processInstanceId)
			.stream()
			.findFirst();
	}

	List<RequestRow> page(Filter filter, int page, int size) {
		List<Object> arguments = new ArrayList<>();
		String from = from(filter, arguments);
		String order = filter.scope() == Scope.CC ? " ORDER BY c.copied_at DESC, r.seq DESC" : " ORDER BY r.seq DESC";
		arguments.add(size);
		arguments.add((long) page * size);
		boolean cc = filter.scope() == Scope.CC;
		String columns = cc ? COLUMNS + ", c.read_at" : COLUMNS;
		return jdbc.query("SELECT " + columns + from + order + " LIMIT ? OFFSET ?", (row, i) -> row(row, cc),
				arguments.toArray());
	}

	long count(Filter filter) {
		List<Object> arguments = new ArrayList<>();
		Long total = jdbc.queryForObject("SELECT COUNT(*)" + from(filter, arguments), Long.class, arguments.toArray());
		return total == null ? 0 : total;
	}

	private static String from(Filter filter, List<Object> arguments) {
		StringBuilder sql = new StringBuilder(" FROM baton_request r");
		switch (filter.scope()) {
			case INVOLVED -> {
				sql.append(" JOIN baton_request_participant p ON p.request_id = r.id AND p.user_id = ?");
				arguments.add(filter.userId());
			}
			case CC -> {
				sql.append(" JOIN baton_request_cc c ON c.request_id = r.id AND c.user_id = ?");
				arguments.add(filter.userId());
			}
			default -> {
			}
		}
		sql.append(" WHERE r.process_instance_id IS NOT NULL");
		if (filter.scope() == Scope.MINE) {
			sql.append(" AND r.initiator_id = ?");
			arguments.add(filter.userId());
		}
		if (filter.status() != null) {
			sql.append(" AND r.status = ?");
			arguments.add(filter.status().name());
		}
		if (filter.processKey() != null) {
			sql.append(" AND r.process_key = ?");
			arguments.add(filter.processKey());
		}
		if (filter.text() != null) {
			sql.append(" AND r.search_text LIKE ? ESCAPE '!'");
			arguments.add("%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		return sql.toString();
	}

	/**
	 * Adds a participant once; nothing happens when the request is not one of Baton's.
	 */
	void addParticipant(String requestId, String userId) {
		// one statement: inserts only for one of Baton's requests and only once (a
		// consistent read of both tables, no locks taken on them under READ COMMITTED)
		try {
			jdbc.update("""
					INSERT INTO baton_request_participant (user_id, request_id)
					SELECT ?, r.id FROM baton_request r WHERE r.id = ? AND NOT EXISTS (
					    SELECT 1 FROM baton_request_participant p WHERE p.request_id = r.id AND p.user_id = ?)""",
					userId, requestId, userId);
		}
		catch (DuplicateKeyException addedMeanwhile) {
			// another transaction added the same person at the same moment: already there
		}
	}

	boolean isParticipant(String requestId, String userId) {
		return exists("SELECT COUNT(*) FROM baton_request_participant WHERE request_id = ? AND user_id = ?", requestId,
				userId);
	}

	/**
	 * Records a copy to a person, or renews it (unread again) when it was copied to them
	 * before.
	 */
	void copy(String requestId, String userId, String byUserId, String stepId, Instant at) {
		int renewed = jdbc.update("""
				UPDATE baton_request_cc SET copied_by = ?, step_id = ?, copied_at = ?, read_at = NULL
				WHERE request_id = ? AND user_id = ?""", byUserId, stepId, Timestamp.from(at), requestId, userId);
		if (renewed > 0) {
			return;
		}
		try {
			jdbc.update("""
					INSERT INTO baton_request_cc (request_id, user_id, copied_by, step_id, copied_at, read_at)
					VALUES (?, ?, ?, ?, ?, NULL)""", requestId, userId, byUserId, stepId, Timestamp.from(at));
		}
		catch (DuplicateKeyException copiedMeanwhile) {
			jdbc.update("""
					UPDATE baton_request_cc SET copied_by = ?, step_id = ?, copied_at = ?, read_at = NULL
					WHERE request_id = ? AND user_id = ?""", byUserId, stepId, Timestamp.from(at), requestId, userId);
		}
	}

	/**
	 * Lets a person mentioned in a comment on the request read it; once per person and
	 * request, nothing for an instance that is no Baton request.
	 */
	void mention(String processInstanceId, String userId, String byUserId, Instant at) {
		try {
			jdbc.update("""
					INSERT INTO baton_request_mention (request_id, user_id, mentioned_by, mentioned_at)
					SELECT r.id, ?, ?, ? FROM baton_request r WHERE r.process_instance_id = ? AND NOT EXISTS (
					    SELECT 1 FROM baton_request_mention m WHERE m.request_id = r.id AND m.user_id = ?)""", userId,
					byUserId, Timestamp.from(at), processInstanceId, userId);
		}
		catch (DuplicateKeyException mentionedMeanwhile) {
			// another comment mentioned them at the same moment: they may read it already
		}
	}

	boolean isMentioned(String requestId, String userId) {
		return exists("SELECT COUNT(*) FROM baton_request_mention WHERE request_id = ? AND user_id = ?", requestId,
				userId);
	}

	void markRead(String requestId, String userId, Instant at) {
		jdbc.update("UPDATE baton_request_cc SET read_at = ? WHERE request_id = ? AND user_id = ? AND read_at IS NULL",
				Timestamp.from(at), requestId, userId);
	}

	private boolean exists(String countSql, Object... arguments) {
		Long count = jdbc.queryForObject(countSql, Long.class, arguments);
		return count != null && count > 0;
	}

	private static RequestRow row(ResultSet row, boolean withReadAt) throws SQLException {
		Timestamp ended = row.getTimestamp("ended_at");
		Boolean unread = withReadAt ? row.getTimestamp("read_at") == null : null;
		return new RequestRow(row.getString("id"), row.getString("process_instance_id"),
				row.getString("process_definition_id"), row.getString("process_key"), row.getString("title"),
				row.getString("initiator_id"), RequestStatus.valueOf(row.getString("status")),
				row.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
				row.getString("summary"), row.getBoolean("initiator_unread"), unread);
	}

	/** LIKE with '!' as the escape character, the same on H2 and MySQL. */
	static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
