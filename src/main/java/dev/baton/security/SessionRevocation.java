package dev.baton.security;

import dev.baton.directory.LoginsRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends every browser session of a person who left, lost a system role or got a new
 * password, on every node at once: their session rows are deleted (found by the
 * principal-name index) in the same transaction as the change, so the change and the
 * logout commit together. The next request with an old session cookie is anonymous, and
 * so answered 401.
 */
@Component
class SessionRevocation {

	private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

	private final JdbcTemplate jdbc;

	private final String deleteSessions;

	SessionRevocation(JdbcTemplate jdbc,
			@Value("${baton.security.session.table-name:baton_session}") String sessionTable) {
		if (!sessionTable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException(
					"baton.security.session.table-name is not a table name: " + sessionTable);
		}
		this.jdbc = jdbc;
		// the attributes go with their session (ON DELETE CASCADE)
		this.deleteSessions = "DELETE FROM " + sessionTable + " WHERE principal_name = ?";
	}

	@EventListener
	void on(LoginsRevoked revoked) {
		int ended = jdbc.update(deleteSessions, revoked.userId());
		if (ended > 0) {
			log.info("Ended {} session(s) of {}: {}", ended, revoked.userId(), revoked.reason());
		}
	}

}
