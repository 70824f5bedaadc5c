package dev.baton.tasks;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit view's questions to the ledger: entries matching a {@link LedgerFilter},
 * newest first, a page at a time or all of them for an export.
 */
@Component
public class LedgerSearch {

	/** The most rows an export holds; a wider search must be narrowed first. */
	public static final int EXPORT_LIMIT = 100_000;

	private final JdbcTemplate jdbc;

	LedgerSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<LedgerEntry> page(LedgerFilter filter, int offset, int limit) {
		List<Object> arguments = new ArrayList<>();
		String where = where(filter, arguments);
		arguments.add(limit);
		arguments.add(offset);
		return jdbc.query("SELECT " + ApprovalLedger.COLUMNS + " FROM baton_approval_ledger" + where
				+ " ORDER BY id DESC LIMIT ? OFFSET ?", ApprovalLedger::entry, arguments.toArray());
	}

	@Transactional(readOnly = true)
	public long count(LedgerFilter filter) {
		List<Object> arguments = new ArrayList<>();
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_approval_ledger" + where(filter, arguments),
				Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	/**
	 * Hands every matching entry, newest first, to {@code each}, at most
	 * {@link #EXPORT_LIMIT}, without holding them all in memory.
	 */
	@Transactional(readOnly = true)
	public void forEach(LedgerFilter filter, Consumer<LedgerEntry> each) {
		List<Object> arguments = new ArrayList<>();
		String where = where(filter, arguments);
		arguments.add(EXPORT_LIMIT);
		jdbc.query(connection -> {
			var statement = connection.prepareStatement("SELECT " + ApprovalLedger.COLUMNS
					+ " FROM baton_approval_ledger" + where + " ORDER BY id DESC LIMIT ?");
			statement.setFetchSize(500);
			for (int i = 0; i < arguments.size(); i++) {
				statement.setObject(i + 1, arguments.get(i));
			}
			return statement;
		}, row -> {
			each.accept(ApprovalLedger.entry(row, 0));
		});
	}

	private static String where(LedgerFilter filter, List<Object> arguments) {
		List<String> conditions = new ArrayList<>();
		if (filter.personId() != null) {
			conditions.add("(actor_id = ? OR target_id = ?)");
			arguments.add(filter.personId());
			arguments.add(filter.personId());
		}
		if (filter.request() != null) {
			conditions.add("(process_instance_id = ? OR UPPER(business_key) LIKE ? ESCAPE '!')");
			arguments.add(filter.request());
			arguments.add("%" + escapeLike(filter.request().toUpperCase(java.util.Locale.ROOT)) + "%");
		}
		if (filter.processKey() != null) {
			conditions.add("process_definition_id LIKE ? ESCAPE '!'");
			arguments.add(escapeLike(filter.processKey()) + ":%");
		}
		if (!filter.decisions().isEmpty()) {
			conditions
				.add("decision IN (" + String.join(", ", Collections.nCopies(filter.decisions().size(), "?")) + ")");
			arguments.addAll(filter.decisions());
		}
		if (filter.from() != null) {
			conditions.add("recorded_at >= ?");
			arguments.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("recorded_at < ?");
			arguments.add(Timestamp.from(filter.to()));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
