package dev.baton.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.directory.ApproverRule;
import dev.baton.directory.ApproverRuleException;
import dev.baton.engine.PolicyXml.Node;

/**
 * Baton's approver rules ({@code baton.*} properties of a user task) read as
 * {@link ApprovalStepParseListener} will read them, so that a rule it could not use is
 * reported with the other findings — the element, the property and its value, in the
 * designer's language — instead of stopping the engine's parse at the first one.
 */
final class ApproverRulePolicy {

	private ApproverRulePolicy() {
	}

	static void check(Node task, PolicyFindings findings) {
		Map<String, String> properties = batonProperties(task);
		if (!ApproverRule.isDeclaredIn(properties)) {
			return;
		}
		ApproverRule rule;
		try {
			rule = ApproverRule.fromProperties(properties);
		}
		catch (ApproverRuleException invalid) {
			findings.add(PolicyRule.APPROVER_INVALID, task, invalid.property(),
					invalid.value() == null ? "" : invalid.value(), invalid.getMessage());
			return;
		}
		boolean multiInstance = task.children.stream().anyMatch(child -> child.is("multiInstanceLoopCharacteristics"));
		if (rule.kind() == ApproverRule.Kind.MANAGER_CHAIN && !multiInstance) {
			findings.add(PolicyRule.APPROVER_CHAIN_NEEDS_SEQUENCE, task);
		}
	}

	/**
	 * The task's {@code camunda:property} entries whose names start with {@code baton.},
	 * except display names ({@code baton.name.*}).
	 */
	static Map<String, String> batonProperties(Node task) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (Node extensions : task.children) {
			if (!extensions.is("extensionElements")) {
				continue;
			}
			for (Node list : extensions.children) {
				if (!CamundaXml.isCamunda(list.uri) || !list.is("properties")) {
					continue;
				}
				for (Node property : list.children) {
					String name = property.attribute("name");
					if (CamundaXml.isCamunda(property.uri) && property.is("property") && name != null
							&& name.startsWith(ApproverRule.PREFIX)
							&& !name.startsWith(ApprovalStepParseListener.DISPLAY_NAME_PREFIX)) {
						properties.put(name, property.attribute("value"));
					}
				}
			}
		}
		return properties;
	}

}
