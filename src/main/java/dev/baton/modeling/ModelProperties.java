package dev.baton.modeling;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.directory.ApproverRule;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The {@code camunda:property} entries of a BPMN element, read the way the engine's parse
 * listener reads them.
 */
final class ModelProperties {

	static final String DISPLAY_NAME_PREFIX = "baton.name.";

	private ModelProperties() {
	}

	/**
	 * Every property by name, values as written (a later duplicate wins, as in the
	 * engine).
	 */
	static Map<String, String> of(BaseElement element) {
		Map<String, String> found = new LinkedHashMap<>();
		if (element == null || element.getExtensionElements() == null) {
			return found;
		}
		for (CamundaProperties properties : element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				if (property.getCamundaName() != null) {
					found.put(property.getCamundaName(), property.getCamundaValue());
				}
			}
		}
		return found;
	}

	/**
	 * The properties an approver rule is read from: those starting with {@code baton.},
	 * except the display names {@code baton.name.*} (exactly what the engine hands to
	 * {@link ApproverRule#fromProperties}).
	 */
	static Map<String, String> approverRule(BaseElement element) {
		Map<String, String> rule = new LinkedHashMap<>();
		of(element).forEach((name, value) -> {
			if (name.startsWith(ApproverRule.PREFIX) && !name.startsWith(DISPLAY_NAME_PREFIX)) {
				rule.put(name, value);
			}
		});
		return rule;
	}

	/** A property's trimmed value, or {@code null} when it is missing or blank. */
	static String value(BaseElement element, String name) {
		String value = of(element).get(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

}
