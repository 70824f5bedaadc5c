package dev.baton.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An expression of the model needs a process variable that the request does not have —
 * typically a form field left empty that a condition compares — so the engine cannot go
 * on and nothing of the command is kept. It names the variable, the element whose
 * expression needs it (a sequence flow, a task …) and the expression. It is a
 * {@link BadUserRequestException}: the engine's REST API answers 400, and Baton's own API
 * answers 400 naming the field.
 */
public class MissingVariableException extends BadUserRequestException {

	private static final long serialVersionUID = 1L;

	private final String variable;

	private final String elementId;

	private final String elementName;

	private final String expression;

	MissingVariableException(String variable, String elementId, String elementName, String expression,
			Throwable cause) {
		super(message(variable, elementId, expression), cause);
		this.variable = variable;
		this.elementId = elementId;
		this.elementName = elementName;
		this.expression = expression;
	}

	private static String message(String variable, String elementId, String expression) {
		return "The variable '" + variable + "' was not supplied, but "
				+ (elementId == null ? "an element" : "the element '" + elementId + "'") + " needs it: " + expression;
	}

	/** The same refusal, at another element (the sequence flow whose condition it is). */
	MissingVariableException at(String otherElementId, String otherElementName) {
		return new MissingVariableException(variable, otherElementId, otherElementName, expression, getCause());
	}

	/** The name of the missing variable, e.g. {@code total}. */
	public String variable() {
		return variable;
	}

	/** The id of the BPMN element whose expression needs it; {@code null} if unknown. */
	public String elementId() {
		return elementId;
	}

	/** The element's name in the model, or {@code null}. */
	public String elementName() {
		return elementName;
	}

	/** The expression, e.g. {@code ${total > 5000}}. */
	public String expression() {
		return expression;
	}

}
