package dev.baton.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds requests across everybody's, for the administrators' console (module
 * {@code operations}): by status, process, text, initiator, a set of initiators (a
 * department's people), a set of process instances (those waiting at a step) and age.
 * Callers check that the caller is an administrator.
 */
@Component
public class RequestSearch {

	/** Statuses a request can have, as {@link Hit#status()} names them. */
	public static final List<String> STATUSES = java.util.Arrays.stream(RequestStatus.values())
		.map(Enum::name)
		.toList();

	/**
	 * What to look for; {@code null} means "not filtered". An empty collection finds
	 * nothing.
	 *
	 * @param status one of {@link #STATUSES}
	 * @param startedBefore running requests started before this moment ("running longer
	 * than")
	 */
	public record Criteria(String status, String processKey, String text, Collection<String> initiatorIds,
			Collection<String> processInstanceIds, Instant startedBefore) {
	}

	/** A request as the console lists it. */
	public record Hit(String id, String processInstanceId, String processDefinitionId, String processKey, String title,
			String initiatorId, String status, Instant startedAt, Instant endedAt) {

		public boolean running() {
			return RequestStatus.RUNNING.name().equals(status);
		}
	}

	private static final String COLUMNS = "r.id, r.process_instance_id, r.process_definition_id, r.process_key, r.title, "
			+ "r.initiator_id, r.status, r.started_at, r.ended_at";

	private final JdbcTemplate jdbc;

	RequestSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of requests, newest first. */
	public List<Hit> page(Criteria criteria, int page, int size) {
		List<Object> arguments = new ArrayList<>();
		String where = where(criteria, arguments);
		if (where == null) {
			return List.of();
		}
		arguments.add(size);
		arguments.add((long) page * size);
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM baton_request r" + where + " ORDER BY r.seq DESC LIMIT ? OFFSET ?",
				RequestSearch::hit, arguments.toArray());
	}

	public long count(Criteria criteria) {
		List<Object> arguments = new ArrayList<>();
		String where = where(criteria, arguments);
		if (where == null) {
			return 0;
		}
		Long total = jdbc.queryForObject("SELECT COUNT(*) FROM baton_request r" + where, Long.class,
				arguments.toArray());
		return total == null ? 0 : total;
	}

	public Optional<Hit> find(String requestId) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM baton_request r WHERE r.id = ? AND r.process_instance_id IS NOT NULL",
					RequestSearch::hit, requestId)
			.stream()
			.findFirst();
	}

	/**
	 * The requests of these process instances (instances that are no request are left
	 * out).
	 */
	public List<Hit> ofInstances(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query(
				"SELECT " + COLUMNS + " FROM baton_request r WHERE r.process_instance_id IN ("
						+ String.join(", ", Collections.nCopies(processInstanceIds.size(), "?")) + ")",
				RequestSearch::hit, processInstanceIds.toArray());
	}

	/** The WHERE clause; {@code null} when an empty set makes the answer empty. */
	private static String where(Criteria criteria, List<Object> arguments) {
		StringBuilder sql = new StringBuilder(" WHERE r.process_instance_id IS NOT NULL");
		if (criteria.status() != null) {
			sql.append(" AND r.status = ?");
			arguments.add(criteria.status());
		}
		if (criteria.processKey() != null) {
			sql.append(" AND r.process_key = ?");
			arguments.add(criteria.processKey());
		}
		if (criteria.text() != null) {
			sql.append(" AND r.search_text LIKE ? ESCAPE '!'");
			arguments.add("%" + RequestStore.escapeLike(criteria.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (!in(sql, "r.initiator_id", criteria.initiatorIds(), arguments)
				|| !in(sql, "r.process_instance_id", criteria.processInstanceIds(), arguments)) {
			return null;
		}
		if (criteria.startedBefore() != null) {
			sql.append(" AND r.status = ? AND r.started_at < ?");
			arguments.add(RequestStatus.RUNNING.name());
			arguments.add(Timestamp.from(criteria.startedBefore()));
		}
		return sql.toString();
	}

	private static boolean in(StringBuilder sql, String column, Collection<String> values, List<Object> arguments) {
		if (values == null) {
			return true;
		}
		if (values.isEmpty()) {
			return false;
		}
		sql.append(" AND ")
			.append(column)
			.append(" IN (")
			.append(String.join(", ", Collections.nCopies(values.size(), "?")))
			.append(")");
		arguments.addAll(values);
		return true;
	}

	private static Hit hit(ResultSet row, int i) throws SQLException {
		Timestamp ended = row.getTimestamp("ended_at");
		return new Hit(row.getString("id"), row.getString("process_instance_id"),
				row.getString("process_definition_id"), row.getString("process_key"), row.getString("title"),
				row.getString("initiator_id"), row.getString("status"), row.getTimestamp("started_at").toInstant(),
				ended == null ? null : ended.toInstant());
	}

}
