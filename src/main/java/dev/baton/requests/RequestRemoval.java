package dev.baton.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes requests for good, for the administrator who clears out the demo company: the
 * engine's instance (running and history) and Baton's rows of each request (the request,
 * its participants, its copies, its idempotency keys). The approval ledger is append-only
 * and keeps its rows; the caller records there why the requests went.
 */
@Component
public class RequestRemoval {

	/** The engine's delete reason of a removed request. */
	public static final String REASON = "baton-request-removed";

	/** A request as the caller needs it to leave a trace. */
	public record RemovedRequest(String id, String processInstanceId, String processDefinitionId) {
	}

	private final JdbcTemplate jdbc;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	RequestRemoval(JdbcTemplate jdbc, RuntimeService runtimeService, HistoryService historyService) {
		this.jdbc = jdbc;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
	}

	/**
	 * The running requests started by someone not in {@code people} in which one of
	 * {@code people} takes part (was or is assigned a step), by request id.
	 */
	@Transactional(readOnly = true)
	public List<String> runningWithParticipants(Collection<String> people, Collection<String> initiators) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<String> ids = jdbc.queryForList("SELECT DISTINCT r.id FROM baton_request r "
				+ "JOIN baton_request_participant p ON p.request_id = r.id WHERE r.status = 'RUNNING' "
				+ "AND p.user_id IN (" + placeholders(people) + ") AND r.initiator_id NOT IN ("
				+ placeholders(initiators) + ") ORDER BY r.id", String.class, concat(people, initiators));
		return ids;
	}

	/** Removes every request started by one of {@code initiators}; returns what went. */
	@Transactional
	public List<RemovedRequest> removeStartedBy(Collection<String> initiators) {
		if (initiators.isEmpty()) {
			return List.of();
		}
		List<RemovedRequest> requests = jdbc.query(
				"SELECT id, process_instance_id, process_definition_id FROM baton_request WHERE initiator_id IN ("
						+ placeholders(initiators) + ") ORDER BY seq",
				(rs, n) -> new RemovedRequest(rs.getString(1), rs.getString(2), rs.getString(3)), initiators.toArray());
		for (RemovedRequest request : requests) {
			String instance = request.processInstanceId();
			if (instance != null) {
				if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
					runtimeService.deleteProcessInstance(instance, REASON);
				}
				historyService.deleteHistoricProcessInstanceIfExists(instance);
			}
			jdbc.update("DELETE FROM baton_request_participant WHERE request_id = ?", request.id());
			jdbc.update("DELETE FROM baton_request_cc WHERE request_id = ?", request.id());
			jdbc.update("DELETE FROM baton_request_mention WHERE request_id = ?", request.id());
			jdbc.update("DELETE FROM baton_request_idempotency_key WHERE request_id = ?", request.id());
			jdbc.update("DELETE FROM baton_request WHERE id = ?", request.id());
		}
		return requests;
	}

	private static String placeholders(Collection<String> values) {
		return String.join(", ", Collections.nCopies(Math.max(1, values.size()), "?"));
	}

	private static Object[] concat(Collection<String> a, Collection<String> b) {
		List<Object> all = new ArrayList<>(a);
		all.addAll(b.isEmpty() ? List.of("") : b);
		return all.toArray();
	}

}
