package dev.baton.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records every SQL statement and every commit that reaches the application's
 * {@link DataSource}, whoever sends it (JPA, JdbcTemplate, the engine, Spring Session).
 * Installed as a bean post-processor by
 * {@link BatonInstance#start(TestDatabase, java.util.Map, Class...)} with this class as
 * an extra source; tests then read it with {@code context.getBean(StatementLog.class)}. A
 * statement is recorded when it is prepared (prepared statements) or executed (plain
 * statements), once per preparation.
 */
public class StatementLog implements BeanPostProcessor {

	/** Marks "COMMIT" in {@link #since(int)}. */
	public static final String COMMIT = "COMMIT";

	private final List<String> entries = new CopyOnWriteArrayList<>();

	/** The position to compare later statements with. */
	public int mark() {
		return entries.size();
	}

	/** Statements (and {@value #COMMIT}s) recorded since {@code mark}, in order. */
	public List<String> since(int mark) {
		return List.copyOf(entries.subList(mark, entries.size()));
	}

	/** Statements since {@code mark} that touch {@code table} (case-insensitive). */
	public List<String> touching(int mark, String table) {
		String name = table.toLowerCase(Locale.ROOT);
		return since(mark).stream().filter(sql -> sql.toLowerCase(Locale.ROOT).contains(name)).toList();
	}

	/**
	 * INSERT, UPDATE, DELETE or MERGE statements since {@code mark} that touch
	 * {@code table}.
	 */
	public List<String> writesTo(int mark, String table) {
		return touching(mark, table).stream().filter(isWrite()).toList();
	}

	private static Predicate<String> isWrite() {
		return sql -> {
			String verb = sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
			return List.of("insert", "update", "delete", "merge").contains(verb);
		};
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Recording)) {
			return new Recording(dataSource);
		}
		return bean;
	}

	private final class Recording extends DelegatingDataSource {

		Recording(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recording(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recording(super.getConnection(username, password));
		}

		private Connection recording(Connection connection) {
			return proxy(Connection.class, connection, (method, args) -> {
				if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
					entries.add(sql);
				}
				else if (method.getName().equals("commit")) {
					entries.add(COMMIT);
				}
				return null;
			}, result -> result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
					? proxy(Statement.class, statement, (method, args) -> {
						if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
							entries.add(sql);
						}
						return null;
					}, same -> same) : result);
		}

	}

	private interface Observer {

		Object seen(Method method, Object[] args);

	}

	private static <T> T proxy(Class<T> type, T target, Observer observer,
			java.util.function.UnaryOperator<Object> wrapResult) {
		InvocationHandler handler = (self, method, args) -> {
			observer.seen(method, args);
			try {
				return wrapResult.apply(method.invoke(target, args));
			}
			catch (InvocationTargetException thrown) {
				throw thrown.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
