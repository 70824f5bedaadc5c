package dev.baton.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.baton.tasks.LedgerFilter;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * The audit view's search as the browser sends it, checked: a refused value answers 400
 * naming its parameter.
 *
 * @param from an ISO-8601 instant, e.g. {@code 2026-12-01T00:00:00+08:00}
 * @param to an ISO-8601 instant (exclusive)
 */
record AuditQuery(String person, String request, String process, List<String> decision, String from, String to) {

	static final int MAX_TEXT = 100;

	static final int MAX_DECISIONS = 40;

	LedgerFilter toFilter() {
		List<FieldProblem> problems = new ArrayList<>();
		String personId = text("person", person, problems);
		String requestText = text("request", request, problems);
		String processKey = text("process", process, problems);
		List<String> decisions = decision == null ? List.of()
				: decision.stream().filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
		if (decisions.size() > MAX_DECISIONS || decisions.stream().anyMatch(value -> value.length() > 32)) {
			problems.add(new FieldProblem("decision", "audit.decision.invalid"));
		}
		Instant fromInstant = instant("from", from, problems);
		Instant toInstant = instant("to", to, problems);
		if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
			problems.add(new FieldProblem("to", "audit.period.order"));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		return new LedgerFilter(personId, requestText, processKey, decisions, fromInstant, toInstant);
	}

	private static String text(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.trim().length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "audit.text.tooLong", MAX_TEXT));
			return null;
		}
		return value.trim();
	}

	private static Instant instant(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(value.trim()).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return Instant.parse(value.trim());
			}
			catch (DateTimeParseException again) {
				problems.add(new FieldProblem(field, "audit.period.invalid", value));
				return null;
			}
		}
	}

}
