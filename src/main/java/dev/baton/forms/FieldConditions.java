package dev.baton.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.forms.FormModel.Component;

/**
 * The settings of a component that may depend on the data, read like form-js reads them:
 * whether it is hidden, read-only (protected) or required, and numeric constraints given
 * as FEEL. Conditions see the data through a {@link ConditionScope}.
 */
final class FieldConditions {

	private final Feel feel;

	FieldConditions(Feel feel) {
		this.feel = feel;
	}

	/**
	 * Hidden by its own FEEL {@code hide} or a container's: form-js does not submit it.
	 */
	boolean hidden(List<Component> containers, Component component, ConditionScope scope) {
		return anyOf(containers, component, candidate -> hides(candidate, scope));
	}

	private boolean hides(Component component, ConditionScope scope) {
		return component.hide() != null && feel.test(component.hide(), scope.context(false));
	}

	/**
	 * Read-only, disabled or computed, itself or through a container: the client may not
	 * change it.
	 */
	boolean isProtected(List<Component> containers, Component component, ConditionScope scope) {
		return anyOf(containers, component, candidate -> readonly(candidate, scope));
	}

	/**
	 * The containers first, outermost first, then the component itself; stops at the
	 * first that holds.
	 */
	private static boolean anyOf(List<Component> containers, Component component, Predicate<Component> holds) {
		for (Component container : containers) {
			if (holds.test(container)) {
				return true;
			}
		}
		return holds.test(component);
	}

	/**
	 * Read-only when it says so, or when its FEEL says so over the data as it is or as it
	 * would be.
	 */
	private boolean readonly(Component component, ConditionScope scope) {
		if (component.alwaysProtected()) {
			return true;
		}
		JsonNode readonly = component.readonly();
		if (readonly.isTextual() && Feel.isExpression(readonly.asText())) {
			return Boolean.TRUE.equals(feel.evaluate(readonly.asText(), scope.context(false)))
					|| Boolean.TRUE.equals(feel.evaluate(readonly.asText(), scope.context(true)));
		}
		return false;
	}

	/** Required, plainly or by its FEEL over the data as it would be. */
	boolean required(Component component, ConditionScope scope) {
		JsonNode required = component.json().path("validate").path("required");
		if (required.isBoolean()) {
			return required.asBoolean();
		}
		return required.isTextual() && Feel.isExpression(required.asText())
				&& Boolean.TRUE.equals(feel.evaluate(required.asText(), scope.context(false)));
	}

	/**
	 * A numeric setting: a JSON number, numeric text ("0.5"), or a FEEL expression giving
	 * a number.
	 */
	BigDecimal constraint(JsonNode setting, ConditionScope scope) {
		if (setting.isNumber()) {
			return setting.decimalValue();
		}
		if (setting.isTextual()) {
			String text = setting.asText().strip();
			if (Feel.isExpression(text)) {
				return feel.evaluate(text, scope.context(false)) instanceof Number number ? Values.decimal(number)
						: null;
			}
			if (Values.NUMERIC_TEXT.matcher(text).matches()) {
				return new BigDecimal(text);
			}
		}
		return null;
	}

}
