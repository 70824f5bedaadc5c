package dev.baton.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A {@link DataSource} that counts what passes through it into a {@link SqlCounter}:
 * connections borrowed, every statement executed (each entry of a batch too) with its
 * SQL, commits and rollbacks. A thin wrapper of JDK proxies around the pool's connections
 * and statements; the pool itself is untouched. {@link #wrapping(SqlCounter)} installs it
 * around Baton's {@code dataSource} bean.
 */
public final class CountingDataSource implements DataSource {

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

	private final DataSource target;

	private final SqlCounter counter;

	public CountingDataSource(DataSource target, SqlCounter counter) {
		this.target = target;
		this.counter = counter;
	}

	/** Wraps the application's {@code dataSource} bean once it is built. */
	public static BeanPostProcessor wrapping(SqlCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && "dataSource".equals(beanName)
						&& !(bean instanceof CountingDataSource) ? new CountingDataSource(dataSource, counter) : bean;
			}
		};
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counted(target.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counted(target.getConnection(username, password));
	}

	private Connection counted(Connection connection) {
		counter.connectionBorrowed();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				new ConnectionHandler(connection));
	}

	private final class ConnectionHandler implements InvocationHandler {

		private final Connection connection;

		private boolean closed;

		ConnectionHandler(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit" -> counter.commit();
				case "rollback" -> counter.rollback();
				case "close" -> {
					if (!closed) {
						closed = true;
						counter.connectionReturned();
					}
				}
				case "unwrap" -> {
					return ((Class<?>) args[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) args[0]);
				}
				case "isWrapperFor" -> {
					return ((Class<?>) args[0]).isInstance(proxy) || connection.isWrapperFor((Class<?>) args[0]);
				}
				default -> {
				}
			}
			Object result = call(connection, method, args);
			if (result instanceof CallableStatement statement) {
				return statement(statement, CallableStatement.class, (String) args[0]);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(statement, PreparedStatement.class, (String) args[0]);
			}
			if (result instanceof Statement statement) {
				return statement(statement, Statement.class, null);
			}
			return result;
		}

	}

	private Object statement(Statement statement, Class<? extends Statement> type, String preparedSql) {
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type },
				new StatementHandler(statement, preparedSql));
	}

	private final class StatementHandler implements InvocationHandler {

		private final Statement statement;

		private final String preparedSql;

		private final List<String> batch = new ArrayList<>();

		StatementHandler(Statement statement, String preparedSql) {
			this.statement = statement;
			this.preparedSql = preparedSql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (EXECUTE.contains(name)) {
				counter.statement(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
			}
			else if (name.equals("addBatch")) {
				batch.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
			}
			else if (name.equals("clearBatch")) {
				batch.clear();
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				batch.forEach(counter::statement);
				batch.clear();
			}
			else if (name.equals("unwrap")) {
				return ((Class<?>) args[0]).isInstance(proxy) ? proxy : statement.unwrap((Class<?>) args[0]);
			}
			else if (name.equals("isWrapperFor")) {
				return ((Class<?>) args[0]).isInstance(proxy) || statement.isWrapperFor((Class<?>) args[0]);
			}
			return call(statement, method, args);
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getTargetException();
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? (T) this : target.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || target.isWrapperFor(type);
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return target.getParentLogger();
	}

}
