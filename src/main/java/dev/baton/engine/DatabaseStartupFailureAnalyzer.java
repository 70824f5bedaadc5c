package dev.baton.engine;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two ways a database is usually misconfigured into one clear line: a
 * connection that is not READ_COMMITTED (the engine's ENGINE-12019), and a server that
 * cannot be reached or refuses the login. Registered in
 * {@code META-INF/spring.factories}.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	static final String ISOLATION_CODE = "ENGINE-12019";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains(ISOLATION_CODE)) {
				return new FailureAnalysis(
						"Baton's database connections are not READ_COMMITTED, which the Camunda engine requires.",
						"Set spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED "
								+ "(the mysql profile does), or start MySQL with transaction-isolation=READ-COMMITTED.",
						failure);
			}
		}
		SQLException sql = rootSqlException(failure);
		if (sql != null) {
			return new FailureAnalysis("Baton cannot use its database: " + firstLine(sql.getMessage()),
					"Check BATON_DB_URL, BATON_DB_USER and BATON_DB_PASSWORD (or spring.datasource.*) "
							+ "and that the database server is running.",
					failure);
		}
		return null;
	}

	private static SQLException rootSqlException(Throwable failure) {
		SQLException found = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				found = sql;
			}
		}
		return found;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
