package dev.baton.directory;

import java.util.List;

/**
 * A change to the organisation that was refused. The message says why in English (for
 * logs); the {@linkplain #violations() violations} say it field by field with message
 * keys from {@code i18n/messages*.properties}, so an API can answer in the caller's
 * language.
 */
public class DirectoryChangeException extends RuntimeException {

	/** Why a change was refused; an API answers 400, 404 or 409 accordingly. */
	public enum Reason {

		/**
		 * The change is wrong in itself: a bad format, an unknown reference, a cycle …
		 */
		INVALID,
		/** The department, role or person to change does not exist. */
		NOT_FOUND,
		/** The id to create is already taken by the same kind of thing. */
		CONFLICT

	}

	/**
	 * One thing wrong with a change.
	 *
	 * @param field the field of the change, e.g. {@code managerId}
	 * @param code message key, e.g. {@code directory.manager.cycle}
	 * @param arguments arguments of the message
	 */
	public record Violation(String field, String code, List<Object> arguments) {

		public Violation {
			arguments = arguments.stream().map(argument -> argument == null ? "" : argument).toList();
		}
	}

	private final Reason reason;

	private final transient List<Violation> violations;

	public DirectoryChangeException(String message) {
		this(Reason.INVALID, message, List.of());
	}

	public DirectoryChangeException(Reason reason, String message, List<Violation> violations) {
		super(message);
		this.reason = reason;
		this.violations = List.copyOf(violations);
	}

	public Reason reason() {
		return reason;
	}

	public List<Violation> violations() {
		return violations;
	}

}
