package dev.baton.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The in-app notifications ({@code baton_notification}), in SQL for H2 and MySQL alike.
 */
@Repository
class NotificationStore {

	/** Rows per INSERT statement. */
	private static final int CHUNK = 50;

	private static final String INSERT = """
			INSERT INTO baton_notification (recipient_id, kind, event_key, request_id, process_key, task_id, title,
			    step_name, actor_id, comment_text, link, in_app, read_at, digest_due, digest_sent_at, created_at)
			VALUES """;

	private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)";

	/** One person's notification as the list shows it. */
	record Entry(long id, NoticeKind kind, String requestId, String processKey, String taskId, String title,
			String stepName, String actorId, String comment, String link, boolean read, Instant createdAt) {
	}

	/**
	 * A row to write.
	 *
	 * @param inApp shown in the person's list
	 * @param digest waiting for the daily e-mail digest
	 */
	record Row(Draft draft, boolean inApp, boolean digest) {
	}

	private final JdbcTemplate jdbc;

	NotificationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the rows with one multi-row INSERT (per {@value #CHUNK}). */
	void insert(List<Row> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			StringBuilder sql = new StringBuilder(INSERT);
			List<Object> arguments = new ArrayList<>();
			for (Row row : chunk) {
				if (arguments.size() > 0) {
					sql.append(", ");
				}
				sql.append(VALUES);
				Draft draft = row.draft();
				arguments.add(draft.to());
				arguments.add(draft.kind().name());
				arguments.add(cut(draft.eventKey(), 160));
				arguments.add(cut(draft.requestId(), 40));
				arguments.add(cut(draft.processKey(), 100));
				arguments.add(cut(draft.taskId(), 64));
				arguments.add(cut(draft.title(), 200));
				arguments.add(cut(draft.stepName(), 255));
				arguments.add(cut(draft.actorId(), 64));
				arguments.add(cut(draft.comment(), 2000));
				arguments.add(cut(draft.link(), 255));
				arguments.add(row.inApp());
				arguments.add(row.digest());
				arguments.add(Timestamp.from(draft.at()));
			}
			jdbc.update(sql.toString(), arguments.toArray());
		}
	}

	/** A page of one person's list: unread first, newest first. */
	List<Entry> page(String userId, boolean unreadOnly, int page, int size) {
		return jdbc.query(
				"SELECT id, kind, request_id, process_key, task_id, title, step_name, actor_id, comment_text,"
						+ " link, read_at, created_at FROM baton_notification WHERE recipient_id = ? AND in_app = ?"
						+ (unreadOnly ? " AND read_at IS NULL" : "")
						+ " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT ? OFFSET ?",
				NotificationStore::entry, userId, true, size, (long) page * size);
	}

	long count(String userId, boolean unreadOnly) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_notification WHERE recipient_id = ? AND in_app = ?"
				+ (unreadOnly ? " AND read_at IS NULL" : ""), Long.class, userId, true);
		return count == null ? 0 : count;
	}

	/**
	 * @return whether the person has such a notification
	 */
	boolean markRead(String userId, long id, Instant at) {
		if (jdbc.update("UPDATE baton_notification SET read_at = ? WHERE id = ? AND recipient_id = ? AND in_app = ?"
				+ " AND read_at IS NULL", Timestamp.from(at), id, userId, true) > 0) {
			return true;
		}
		return count("SELECT COUNT(*) FROM baton_notification WHERE id = ? AND recipient_id = ? AND in_app = ?", id,
				userId, true) > 0;
	}

	int markAllRead(String userId, Instant at) {
		return jdbc.update("UPDATE baton_notification SET read_at = ? WHERE recipient_id = ? AND in_app = ?"
				+ " AND read_at IS NULL", Timestamp.from(at), userId, true);
	}

	private long count(String sql, Object... arguments) {
		Long count = jdbc.queryForObject(sql, Long.class, arguments);
		return count == null ? 0 : count;
	}

	private static Entry entry(ResultSet row, int i) throws SQLException {
		return new Entry(row.getLong("id"), NoticeKind.valueOf(row.getString("kind")), row.getString("request_id"),
				row.getString("process_key"), row.getString("task_id"), row.getString("title"),
				row.getString("step_name"), row.getString("actor_id"), row.getString("comment_text"),
				row.getString("link"), row.getTimestamp("read_at") != null, row.getTimestamp("created_at").toInstant());
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
