package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import dev.baton.support.BatonInstance;
import dev.baton.support.MariaDbDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;

/**
 * A database that the engine cannot use stops Baton at startup with one line that says
 * what to change; MySQL's REPEATABLE READ default is handled by the pool configuration.
 */
class DatabaseMisconfigurationTest {

	private MariaDbDatabase database;

	@BeforeEach
	void createDatabase() {
		database = new MariaDbDatabase();
	}

	@AfterEach
	void dropDatabase() {
		database.close();
	}

	@Test
	void serverDefaultsToRepeatableReadButBatonConnectionsAreReadCommitted() throws Exception {
		// given a server whose default isolation is REPEATABLE READ
		try (Connection server = MariaDbDatabase.serverConnection();
				Statement statement = server.createStatement();
				ResultSet result = statement.executeQuery("SELECT @@GLOBAL.tx_isolation")) {
			result.next();
			assertThat(result.getString(1)).isEqualTo("REPEATABLE-READ");
		}
		// when Baton starts with the mysql profile
		try (ConfigurableApplicationContext baton = BatonInstance.start(database)) {
			// then its pooled connections are READ COMMITTED
			try (Connection connection = baton.getBean(DataSource.class).getConnection()) {
				assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
			}
		}
	}

	@Test
	void repeatableReadPoolStopsStartupWithOneClearLine() {
		// given a pool forced to REPEATABLE READ
		Map<String, Object> repeatableRead = Map.of("spring.datasource.hikari.transaction-isolation",
				"TRANSACTION_REPEATABLE_READ");
		// when Baton starts
		Throwable failure = catchThrowable(() -> BatonInstance.start(database, repeatableRead).close());
		// then the start fails, and the analysis names the setting to change
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("READ_COMMITTED").doesNotContain("\n");
		assertThat(analysis.getAction())
			.contains("spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED");
	}

	@Test
	void wrongPasswordStopsStartupNamingTheSettingsToCheck() {
		// given a password the server refuses
		Map<String, Object> wrongPassword = Map.of("spring.datasource.username", "baton_nobody",
				"spring.datasource.password", "wrong");
		// when Baton starts
		Throwable failure = catchThrowable(() -> BatonInstance.start(database, wrongPassword).close());
		// then the start fails with the database's own reason and what to check
		FailureAnalysis analysis = new DatabaseStartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("Baton cannot use its database: ").contains("denied");
		assertThat(analysis.getAction()).contains("BATON_DB_URL", "BATON_DB_USER", "BATON_DB_PASSWORD");
	}

}
