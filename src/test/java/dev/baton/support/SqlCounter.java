package dev.baton.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link CountingDataSource} saw since the last {@link #reset()}: statements by
 * kind, with their SQL and where in Baton they came from, commits, rollbacks and
 * connections borrowed from the pool.
 */
public final class SqlCounter {

	/** The kind of a statement, from its first keyword. */
	public enum Kind {

		SELECT, INSERT, UPDATE, DELETE, OTHER;

		static Kind of(String sql) {
			String head = sql.stripLeading().toUpperCase(Locale.ROOT);
			for (Kind kind : values()) {
				if (head.startsWith(kind.name())) {
					return kind;
				}
			}
			// H2's MERGE and MySQL's REPLACE write a row: counted with the updates
			return head.startsWith("MERGE") || head.startsWith("REPLACE") ? UPDATE : OTHER;
		}

	}

	/**
	 * One statement executed (a batch counts each of its entries, as the database does).
	 *
	 * @param origin the first Baton method on the stack, or the framework that issued it
	 * (see {@link Origins})
	 */
	public record Statement(Kind kind, String sql, String origin) {

		private static final Pattern TABLE = Pattern.compile("\\b(ACT_[A-Z]{2}_[A-Z_]+|baton_[a-z_]+)\\b",
				Pattern.CASE_INSENSITIVE);

		/** The first table the statement names (upper case for the engine's), or "". */
		public String table() {
			Matcher matcher = TABLE.matcher(sql);
			if (!matcher.find()) {
				return "";
			}
			String table = matcher.group(1);
			return table.regionMatches(true, 0, "ACT_", 0, 4) ? table.toUpperCase(Locale.ROOT)
					: table.toLowerCase(Locale.ROOT);
		}

		/** Whether the statement reads or writes one of the engine's own tables. */
		public boolean engineTable() {
			return table().startsWith("ACT_");
		}

		@Override
		public String toString() {
			return kind + " [" + origin + "] " + sql.replaceAll("\\s+", " ").strip();
		}

	}

	/** The figures of one stretch of work. */
	public record Counts(List<Statement> statements, int commits, int rollbacks, int connections) {

		public int count() {
			return statements.size();
		}

		public long count(Kind kind) {
			return statements.stream().filter(statement -> statement.kind() == kind).count();
		}

		/** Statements that touch the engine's ACT_* tables. */
		public long engineStatements() {
			return statements.stream().filter(Statement::engineTable).count();
		}

		/** "12 (5 S, 4 I, 2 U, 1 D)". */
		public String byKind() {
			return count() + " (" + count(Kind.SELECT) + " S, " + count(Kind.INSERT) + " I, " + count(Kind.UPDATE)
					+ " U, " + count(Kind.DELETE) + " D"
					+ (count(Kind.OTHER) > 0 ? ", " + count(Kind.OTHER) + " other" : "") + ")";
		}

		/** Statements counted per origin and table, in the order first seen. */
		public Map<String, Integer> byOriginAndTable() {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Statement statement : statements) {
				counts.merge(statement.origin() + " → " + statement.kind() + " " + statement.table(), 1, Integer::sum);
			}
			return counts;
		}

		/** Every statement on a line of its own, numbered, with its origin. */
		public String listing() {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < statements.size(); i++) {
				text.append(String.format(Locale.ROOT, "%4d. %s%n", i + 1, statements.get(i)));
			}
			text.append(String.format(Locale.ROOT, "      %d commits, %d rollbacks, %d connections%n", commits,
					rollbacks, connections));
			return text.toString();
		}

	}

	private final List<Statement> statements = new ArrayList<>();

	private final AtomicInteger commits = new AtomicInteger();

	private final AtomicInteger rollbacks = new AtomicInteger();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger open = new AtomicInteger();

	private volatile boolean recordOrigins = true;

	/**
	 * Whether to find each statement's origin on the stack (a test wants it; a benchmark
	 * counting under load does not).
	 */
	public void recordOrigins(boolean record) {
		this.recordOrigins = record;
	}

	void statement(String sql) {
		Statement statement = new Statement(Kind.of(sql), sql, recordOrigins ? Origins.current() : "");
		synchronized (statements) {
			statements.add(statement);
		}
	}

	void commit() {
		commits.incrementAndGet();
	}

	void rollback() {
		rollbacks.incrementAndGet();
	}

	void connectionBorrowed() {
		connections.incrementAndGet();
		open.incrementAndGet();
	}

	void connectionReturned() {
		open.decrementAndGet();
	}

	/** Connections borrowed and not yet returned, now. */
	public int openConnections() {
		return open.get();
	}

	/** Starts counting afresh. */
	public void reset() {
		synchronized (statements) {
			statements.clear();
		}
		commits.set(0);
		rollbacks.set(0);
		connections.set(0);
	}

	/** What was counted since the last reset. */
	public Counts counts() {
		synchronized (statements) {
			return new Counts(List.copyOf(statements), commits.get(), rollbacks.get(), connections.get());
		}
	}

	/**
	 * Waits (up to two seconds) until every borrowed connection went back to the pool,
	 * e.g. after an HTTP response arrived while the server still closes its transaction.
	 */
	public void awaitQuiet() {
		long deadline = System.nanoTime() + 2_000_000_000L;
		while (open.get() > 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
