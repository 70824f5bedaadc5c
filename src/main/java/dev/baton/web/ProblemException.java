package dev.baton.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on. The message is a key in
 * {@code i18n/messages*.properties}, translated into the caller's language when the
 * problem detail is written.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	private final List<FieldProblem> fieldProblems;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public ProblemException(HttpStatus status, String messageKey, Object... arguments) {
		this(status, messageKey, List.of(), arguments);
	}

	public ProblemException(HttpStatus status, String messageKey, List<FieldProblem> fieldProblems,
			Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** Adds a response header, e.g. {@code Retry-After}. */
	public ProblemException withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public Map<String, String> headers() {
		return Map.copyOf(headers);
	}

	/**
	 * Adds a property to the problem detail, e.g. the {@code elementId} a problem is at
	 * (the value is written as JSON, never translated).
	 */
	public ProblemException withProperty(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	/** The extra properties of the problem detail, in the order added. */
	public Map<String, Object> properties() {
		return java.util.Collections.unmodifiableMap(properties);
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** One offending field of a submission: its key and a message key with arguments. */
	public record FieldProblem(String field, String messageKey, List<Object> arguments) {

		public FieldProblem(String field, String messageKey, Object... arguments) {
			this(field, messageKey, List.of(arguments));
		}
	}

}
