package dev.baton.engine;

import java.util.HashSet;
import java.util.Set;

import dev.baton.engine.PolicyXml.Attribute;
import dev.baton.engine.PolicyXml.Node;

/**
 * Camunda extension attributes and elements: those that run code or reach outside the
 * deployment are refused, those that only configure are allowed (their values are still
 * judged as expressions), and anything Baton does not know is refused, so that a future
 * engine feature is never allowed by default.
 */
final class CamundaAttributePolicy {

	/**
	 * Camunda attributes that configure, but never run code; their values are still
	 * checked as expressions.
	 */
	private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("versionTag", "historyTimeToLive",
			"isStartableInTasklist", "candidateStarterGroups", "candidateStarterUsers", "jobPriority", "taskPriority",
			"initiator", "formRef", "formRefBinding", "formRefVersion", "assignee", "candidateUsers", "candidateGroups",
			"dueDate", "followUpDate", "priority", "asyncBefore", "asyncAfter", "async", "exclusive", "elementVariable",
			"calledElementVersion", "calledElementVersionTag", "calledElementTenantId", "decisionRefBinding",
			"decisionRefVersion", "decisionRefVersionTag", "decisionRefTenantId", "mapDecisionResult",
			"errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "errorMessage", "variableName",
			"variableEvents", "topic", "caseBinding", "caseVersion", "caseTenantId", "modelerTemplate",
			"modelerTemplateVersion", "diagramRelationId");

	/** Camunda extension elements that hold data only. */
	private static final Set<String> ALLOWED_EXTENSION_ELEMENTS = Set.of("properties", "property", "inputOutput",
			"inputParameter", "outputParameter", "list", "map", "entry", "value", "in", "out",
			"failedJobRetryTimeCycle", "potentialStarter");

	private CamundaAttributePolicy() {
	}

	/**
	 * @return the qualified names of attributes already judged (not to be read as
	 * expressions again)
	 */
	static Set<String> check(Node node, PolicyFindings findings) {
		Set<String> handled = new HashSet<>();
		for (Attribute attribute : node.attributes) {
			if (!CamundaXml.isCamunda(attribute.uri())) {
				continue;
			}
			String name = attribute.localName();
			String value = attribute.value();
			PolicyRule refused = switch (name) {
				case "class", "formHandlerClass", "variableMappingClass" -> PolicyRule.CODE_CLASS;
				case "delegateExpression", "variableMappingDelegateExpression" -> PolicyRule.CODE_DELEGATE_EXPRESSION;
				case "expression" -> PolicyRule.CODE_EXPRESSION;
				case "type" -> PolicyRule.CODE_TYPE;
				case "resource" -> PolicyRule.CODE_EXTERNAL_RESOURCE;
				case "formKey" -> PolicyRule.FORM_FORM_KEY;
				case "caseRef" -> PolicyRule.CALL_CASE;
				case "resultVariable" -> node.is("businessRuleTask") ? null : PolicyRule.CODE_RESULT_VARIABLE;
				case "calledElementBinding" ->
					"latest".equals(value) || "deployment".equals(value) ? null : PolicyRule.CALL_BINDING;
				case "collection", "decisionRef" -> null; // judged with their element
				default -> ALLOWED_ATTRIBUTES.contains(name) ? null : PolicyRule.EXTENSION_UNKNOWN;
			};
			if (refused == PolicyRule.CODE_TYPE || refused == PolicyRule.CALL_BINDING) {
				findings.add(refused, node, value);
			}
			else if (refused == PolicyRule.EXTENSION_UNKNOWN) {
				findings.add(refused, node, "camunda:" + name);
			}
			else if (refused != null) {
				findings.add(refused, node);
			}
			if (refused != null || name.equals("collection") || name.equals("decisionRef")) {
				handled.add(attribute.qName());
			}
		}
		return handled;
	}

	/**
	 * @return whether the Camunda extension element is a known data-only one (to be
	 * looked into)
	 */
	static boolean checkExtensionElement(Node node, PolicyFindings findings) {
		if (!ALLOWED_EXTENSION_ELEMENTS.contains(node.localName)) {
			findings.add(PolicyRule.EXTENSION_UNKNOWN, node, "camunda:" + node.localName);
			return false;
		}
		return true;
	}

}
