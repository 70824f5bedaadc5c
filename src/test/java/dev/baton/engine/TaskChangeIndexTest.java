package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index completing tasks needs on ACT_RU_TASK(PARENT_TASK_ID_) exists once the engine
 * has started.
 */
@BatonTest
class TaskChangeIndexTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEngineStartsWithTheParentTaskIndex() {
		assertThat(TaskChangeIndex.hasIndex(dataSource, "")).isTrue();
		assertThat(TaskChangeIndex.ensure(dataSource, "")).as("nothing left to create").isFalse();
	}

	@Test
	void aMissingIndexIsCreatedAgainAndOnlyOnce() throws SQLException {
		// given a database whose task table lost the index
		jdbc.execute(mysql() ? "DROP INDEX " + TaskChangeIndex.INDEX_NAME + " ON ACT_RU_TASK"
				: "DROP INDEX " + TaskChangeIndex.INDEX_NAME);
		assertThat(TaskChangeIndex.hasIndex(dataSource, "")).isFalse();

		// when the engine starts (as it does on every start), twice
		boolean created = TaskChangeIndex.ensure(dataSource, "");
		boolean createdAgain = TaskChangeIndex.ensure(dataSource, "");

		// then the index is back, created by the first start only
		assertThat(created).isTrue();
		assertThat(createdAgain).isFalse();
		assertThat(TaskChangeIndex.hasIndex(dataSource, "")).isTrue();
	}

	private boolean mysql() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")
					|| connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mariadb");
		}
	}

}
