package dev.baton.tasks;

import java.time.Instant;
import java.util.List;

/**
 * What the audit view searches the ledger for; every part is optional ({@code null} or
 * empty: no condition).
 *
 * @param personId the person who acted, or whom an entry concerns (new assignee, changed
 * person)
 * @param request a request number (business key, e.g. {@code LV-2026-0001}) or process
 * instance id; a part of the number finds every request containing it
 * @param processKey a process's key: its requests' entries and its model changes
 * @param decisions any of these decisions ({@code approve}, {@code reject},
 * {@code model-published} …)
 * @param from entries recorded at or after this instant
 * @param to entries recorded before this instant
 */
public record LedgerFilter(String personId, String request, String processKey, List<String> decisions, Instant from,
		Instant to) {

	public LedgerFilter {
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
	}

}
