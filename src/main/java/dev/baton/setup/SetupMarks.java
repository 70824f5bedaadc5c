package dev.baton.setup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator declared done on the checklist (table {@code baton_setup_mark}):
 * one row per mark, with who and when; marking again keeps the first.
 */
@Component
class SetupMarks {

	static final String DISMISSED = "dismissed";

	static final String APPROVERS_REVIEWED = "approvers-reviewed";

	static final String DEMO_REMOVED = "demo-removed";

	record Mark(String name, String by, Instant at) {
	}

	private final JdbcTemplate jdbc;

	SetupMarks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void mark(String name, String by) {
		if (find(name).isEmpty()) {
			jdbc.update("INSERT INTO baton_setup_mark (name, marked_by, marked_at) VALUES (?, ?, ?)", name, by,
					Timestamp.from(Instant.now()));
		}
	}

	@Transactional
	void unmark(String name) {
		jdbc.update("DELETE FROM baton_setup_mark WHERE name = ?", name);
	}

	Optional<Mark> find(String name) {
		List<Mark> marks = jdbc.query("SELECT name, marked_by, marked_at FROM baton_setup_mark WHERE name = ?",
				(rs, n) -> new Mark(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), name);
		return marks.stream().findFirst();
	}

}
