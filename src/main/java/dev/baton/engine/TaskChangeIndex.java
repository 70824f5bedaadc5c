package dev.baton.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completing a task makes the engine look for its subtasks by
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}, a column its schema (7.24) does not index: every
 * completion scans all open tasks, and throughput collapses as tasks pile up
 * (REFERENCE.md: ~27 → ~3.7 instances/s at 100,000 open tasks on MariaDB). This adds the
 * missing index once the engine has created or checked its schema, unless an index on
 * that column already exists (a later engine version may bring its own). Works on H2 and
 * MySQL/MariaDB, whatever case the database stores the table name in; several nodes
 * starting at once are fine (one creates it, the others find it).
 */
final class TaskChangeIndex {

	static final String INDEX_NAME = "BATON_IDX_TASK_PARENT";
	static final String COLUMN = "PARENT_TASK_ID_";

	private static final Logger log = LoggerFactory.getLogger(TaskChangeIndex.class);

	private TaskChangeIndex() {
	}

	/**
	 * @return whether the index had to be created
	 */
	static boolean ensure(DataSource dataSource, String tablePrefix) {
		String table = unqualified(tablePrefix) + "ACT_RU_TASK";
		try (Connection connection = dataSource.getConnection()) {
			String actualTable = actualTableName(connection, table);
			if (actualTable == null) {
				throw new ProcessEngineException("Cannot find the engine's table " + table + " to index " + COLUMN);
			}
			if (hasIndexOnColumn(connection, actualTable)) {
				return false;
			}
			String qualified = qualifier(tablePrefix) + actualTable;
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE INDEX " + INDEX_NAME + " ON " + qualified + " (" + COLUMN + ")");
			}
			catch (SQLException raced) {
				if (hasIndexOnColumn(connection, actualTable)) {
					return false; // another node created it meanwhile
				}
				throw raced;
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			log.info("Created index {} on {}({}): the engine's schema lacks it and completing tasks needs it",
					INDEX_NAME, qualified, COLUMN);
			return true;
		}
		catch (SQLException e) {
			throw new ProcessEngineException(
					"Cannot create the index on " + table + "(" + COLUMN + "): " + e.getMessage(), e);
		}
	}

	/** Whether some index of the task table starts with {@code PARENT_TASK_ID_}. */
	static boolean hasIndex(DataSource dataSource, String tablePrefix) {
		try (Connection connection = dataSource.getConnection()) {
			String actualTable = actualTableName(connection, unqualified(tablePrefix) + "ACT_RU_TASK");
			return actualTable != null && hasIndexOnColumn(connection, actualTable);
		}
		catch (SQLException e) {
			throw new ProcessEngineException("Cannot read the indexes of ACT_RU_TASK: " + e.getMessage(), e);
		}
	}

	private static boolean hasIndexOnColumn(Connection connection, String actualTable) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), actualTable,
				false, false)) {
			while (indexes.next()) {
				if (indexes.getShort("ORDINAL_POSITION") == 1
						&& COLUMN.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The table's name as the database stores it: ACT_RU_TASK, or act_ru_task where names
	 * are folded.
	 */
	private static String actualTableName(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String candidate : new String[] { table, table.toUpperCase(Locale.ROOT),
				table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), candidate,
					null)) {
				while (tables.next()) {
					String name = tables.getString("TABLE_NAME");
					if (table.equalsIgnoreCase(name)) {
						return name;
					}
				}
			}
		}
		return null;
	}

	private static String unqualified(String tablePrefix) {
		String prefix = tablePrefix == null ? "" : tablePrefix;
		return prefix.substring(prefix.lastIndexOf('.') + 1);
	}

	private static String qualifier(String tablePrefix) {
		String prefix = tablePrefix == null ? "" : tablePrefix;
		return prefix.substring(0, prefix.lastIndexOf('.') + 1);
	}

}
