package dev.baton.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily e-mail digest for people who chose it: every notice kept for their digest
 * ({@code baton_notification.digest_due}) and not sent yet goes out in one e-mail per
 * person ({@link MailDigest}). Per person in a transaction of its own: the rows are
 * marked sent and the e-mail enqueued together, so a node that finds them marked (another
 * node was first) sends nothing, and a crash leaves them for the next run.
 */
@Service
public class DailyDigest {

	/** At most this many notices go into one digest; the rest wait for the next. */
	static final int MAX_NOTICES = 200;

	private final JdbcTemplate jdbc;

	private final MailDigest digests;

	private final MailSettings mail;

	private final TransactionTemplate transaction;

	private final ZoneId zone;

	DailyDigest(JdbcTemplate jdbc, MailDigest digests, MailSettings mail, TransactionTemplate transaction,
			@Value("${baton.notifications.digest.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.digests = digests;
		this.mail = mail;
		this.transaction = transaction;
		this.zone = zone;
	}

	/**
	 * Sends the digest of everything kept until {@code now}.
	 * @return how many people's digests were enqueued
	 */
	public int sendDue(Instant now) {
		if (!mail.configured()) {
			return 0; // kept until an administrator sets up e-mail
		}
		String day = LocalDate.ofInstant(now, zone).toString();
		List<String> people = jdbc.queryForList("""
				SELECT DISTINCT recipient_id FROM baton_notification
				WHERE digest_due = TRUE AND digest_sent_at IS NULL AND created_at <= ?""", String.class,
				Timestamp.from(now));
		int sent = 0;
		for (String person : people) {
			if (Boolean.TRUE.equals(transaction.execute(status -> sendTo(person, day, now, status)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendTo(String person, String day, Instant now, TransactionStatus status) {
		List<Kept> kept = jdbc.query("""
				SELECT id, kind, event_key, request_id, process_key, task_id, title, step_name, actor_id, comment_text,
				    link, created_at
				FROM baton_notification
				WHERE recipient_id = ? AND digest_due = TRUE AND digest_sent_at IS NULL AND created_at <= ?
				ORDER BY id""", (rs, n) -> kept(rs, person), person, Timestamp.from(now));
		if (kept.isEmpty()) {
			return false;
		}
		List<Kept> batch = kept.subList(0, Math.min(kept.size(), MAX_NOTICES));
		long lastId = batch.get(batch.size() - 1).id();
		int marked = jdbc.update("""
				UPDATE baton_notification SET digest_sent_at = ?
				WHERE recipient_id = ? AND digest_due = TRUE AND digest_sent_at IS NULL AND id <= ?""",
				Timestamp.from(now), person, lastId);
		if (marked != batch.size()) {
			// another node sent (some of) them meanwhile: leave them to it
			status.setRollbackOnly();
			return false;
		}
		return digests.enqueue(person, "digest:" + day + ":" + lastId, batch.stream().map(Kept::notice).toList());
	}

	private static Kept kept(ResultSet rs, String person) throws SQLException {
		return new Kept(rs.getLong("id"),
				new Notice(rs.getString("event_key"), NoticeKind.valueOf(rs.getString("kind")), person,
						Set.of(Channel.EMAIL), rs.getString("request_id"), rs.getString("process_key"),
						rs.getString("task_id"), rs.getString("title"), rs.getString("step_name"),
						rs.getString("actor_id"), rs.getString("comment_text"), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant()));
	}

	private record Kept(long id, Notice notice) {
	}

}
