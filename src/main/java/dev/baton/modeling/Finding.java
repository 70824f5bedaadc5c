package dev.baton.modeling;

import java.util.List;
import java.util.Locale;

/**
 * One result of the checks before publishing, shown on the diagram at {@code elementId}
 * (or on the process as a whole when it is {@code null}). {@code code} is the message
 * key; {@code text}, when set, is a message that comes translated already or cannot be
 * translated (the engine's own).
 */
record Finding(String elementId, Severity severity, String code, List<Object> arguments, String text) {

	enum Severity {

		ERROR, WARNING;

		String json() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	Finding {
		arguments = arguments == null ? List.of()
				: List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
	}

	static Finding error(String elementId, String code, Object... arguments) {
		return new Finding(elementId, Severity.ERROR, code, java.util.Arrays.asList(arguments), null);
	}

	static Finding warning(String elementId, String code, Object... arguments) {
		return new Finding(elementId, Severity.WARNING, code, java.util.Arrays.asList(arguments), null);
	}

	/** A finding whose message is given as is (the engine's, in English). */
	static Finding verbatim(String elementId, Severity severity, String code, String text) {
		return new Finding(elementId, severity, code, List.of(), text);
	}

	boolean isError() {
		return severity == Severity.ERROR;
	}
}
