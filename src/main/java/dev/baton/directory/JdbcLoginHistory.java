package dev.baton.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LoginHistory} in the column {@code baton_users.last_login_at}. */
@Component
class JdbcLoginHistory implements LoginHistory {

	private final JdbcTemplate jdbc;

	private final Directory directory;

	JdbcLoginHistory(JdbcTemplate jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void recordLogin(String userId) {
		jdbc.update("UPDATE baton_users SET last_login_at = ? WHERE id = ?", Timestamp.from(Instant.now()), userId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Person> neverLoggedIn() {
		List<String> ids = jdbc.queryForList(
				"SELECT id FROM baton_users WHERE active = TRUE AND last_login_at IS NULL ORDER BY id", String.class);
		return directory.people(ids);
	}

}
