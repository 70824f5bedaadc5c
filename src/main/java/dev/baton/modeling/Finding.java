package dev.baton.modeling;

import java.util.List;
import java.util.Locale;

/**
 * One result of the checks before publishing, shown on the diagram at {@code elementId}
 * (or on the process as a whole when it is {@code null}). {@code code} is the message
 * key; {@code text}, when set, is a message that comes translated already or cannot be
 * translated (the engine's own). {@code line} and {@code column} (from 1) say where in
 * the BPMN file the element or the XML error is, when that is known.
 */
record Finding(String elementId, Severity severity, String code, List<Object> arguments, String text, Integer line,
		Integer column) {

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
		return new Finding(elementId, Severity.ERROR, code, java.util.Arrays.asList(arguments), null, null, null);
	}

	static Finding warning(String elementId, String code, Object... arguments) {
		return new Finding(elementId, Severity.WARNING, code, java.util.Arrays.asList(arguments), null, null, null);
	}

	/** A finding whose message is given as is (the engine's, in English). */
	static Finding verbatim(String elementId, Severity severity, String code, String text) {
		return new Finding(elementId, severity, code, List.of(), text, null, null);
	}

	/** The same finding, at a line and column of the file. */
	Finding at(Integer atLine, Integer atColumn) {
		return new Finding(elementId, severity, code, arguments, text, atLine, atColumn);
	}

	boolean isError() {
		return severity == Severity.ERROR;
	}
}
