package dev.baton.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.baton.directory.DirectoryChangeException.Reason;
import dev.baton.directory.DirectoryChangeException.Violation;

/**
 * Collects everything wrong with one change so the administrator sees all of it at once,
 * then throws one {@link DirectoryChangeException}: {@code CONFLICT} when a taken id is
 * the only problem, otherwise {@code INVALID}.
 */
final class Violations {

	private final List<Violation> violations = new ArrayList<>();

	private final List<String> english = new ArrayList<>();

	private boolean invalid;

	/** Something wrong with the change itself. */
	Violations invalid(String field, String code, String englishMessage, Object... arguments) {
		invalid = true;
		return add(field, code, englishMessage, arguments);
	}

	/** An id that is already taken by the same kind of thing. */
	Violations conflict(String field, String code, String englishMessage, Object... arguments) {
		return add(field, code, englishMessage, arguments);
	}

	List<Violation> list() {
		return List.copyOf(violations);
	}

	boolean isEmpty() {
		return violations.isEmpty();
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new DirectoryChangeException(invalid ? Reason.INVALID : Reason.CONFLICT, String.join("; ", english),
					violations);
		}
	}

	/** The department, role or person to change does not exist. */
	static DirectoryChangeException notFound(String field, String code, String englishMessage, Object... arguments) {
		return new DirectoryChangeException(Reason.NOT_FOUND, englishMessage,
				List.of(new Violation(field, code, Arrays.asList(arguments))));
	}

	private Violations add(String field, String code, String englishMessage, Object... arguments) {
		violations.add(new Violation(field, code, Arrays.asList(arguments)));
		english.add(englishMessage);
		return this;
	}

}
