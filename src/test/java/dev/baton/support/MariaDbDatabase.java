package dev.baton.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh database on the MariaDB server at 127.0.0.1:3306 (our stand-in for MySQL 8),
 * reached through MySQL Connector/J exactly as production reaches MySQL. Created on
 * construction, dropped on {@link #close()}. Server, user and password follow
 * BATON_TEST_MYSQL_* if set.
 */
public final class MariaDbDatabase implements TestDatabase {

	private static final String HOST = env("BATON_TEST_MYSQL_HOST", "127.0.0.1:3306");

	private static final String USER = env("BATON_TEST_MYSQL_USER", "root");

	private static final String PASSWORD = env("BATON_TEST_MYSQL_PASSWORD", "");

	private final String name;

	public MariaDbDatabase() {
		name = "baton_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
	}

	public String name() {
		return name;
	}

	public String jdbcUrl() {
		return "jdbc:mysql://" + HOST + "/" + name
				+ "?characterEncoding=UTF-8&nullDatabaseMeansCurrent=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("spring.datasource.url", jdbcUrl(), "spring.datasource.username", USER,
				"spring.datasource.password", PASSWORD);
	}

	@Override
	public String[] profiles() {
		return new String[] { "mysql" };
	}

	/**
	 * Connects to the server itself (no database selected), e.g. to ask for its defaults.
	 */
	public static Connection serverConnection() throws SQLException {
		return DriverManager.getConnection("jdbc:mysql://" + HOST + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true",
				USER, PASSWORD);
	}

	@Override
	public void close() {
		execute("DROP DATABASE IF EXISTS " + name);
	}

	private static void execute(String sql) {
		try (Connection connection = serverConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("MariaDB/MySQL at " + HOST + " is needed for this test: " + e.getMessage(),
					e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
