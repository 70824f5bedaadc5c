package dev.baton.directory;

/**
 * An approver rule that cannot be used. The message is an English sentence naming the
 * property and, where there is one, the bad value; {@link #property()} and
 * {@link #value()} let a model checker point at the exact extension property.
 */
public class ApproverRuleException extends RuntimeException {

	private final String property;

	private final String value;

	public ApproverRuleException(String property, String value, String message) {
		super(message);
		this.property = property;
		this.value = value;
	}

	static ApproverRuleException missing(String property) {
		return new ApproverRuleException(property, null, "Property '" + property + "' is missing");
	}

	static ApproverRuleException badValue(String property, String value, String expected) {
		return new ApproverRuleException(property, value,
				"Property '" + property + "' has the value '" + value + "', but must be " + expected);
	}

	/** The extension property at fault, e.g. {@code baton.level}. */
	public String property() {
		return property;
	}

	/** The value found, or {@code null} when the property is missing. */
	public String value() {
		return value;
	}

}
