package dev.baton.engine;

import java.util.List;
import java.util.Set;

import dev.baton.engine.PolicyXml.Node;

/**
 * Scripts and code: script tasks, scripts in input/output mappings and listeners,
 * scripted conditions, listeners, connectors, field injections and service tasks. A
 * service or send task runs only when it names one of Baton's reviewed building blocks
 * ({@value #BLOCK_PROPERTY}); every other way to run code is refused. (Code-running
 * Camunda attributes are judged by {@link CamundaAttributePolicy}.)
 */
final class CodePolicy {

	static final String BLOCK_PROPERTY = "baton.block";

	private static final List<String> IMPLEMENTATION_ATTRIBUTES = List.of("class", "delegateExpression", "expression",
			"type");

	private final Set<String> buildingBlocks;

	/**
	 * @param buildingBlocks names of Baton's reviewed building blocks
	 * ({@code baton.block})
	 */
	CodePolicy(Set<String> buildingBlocks) {
		this.buildingBlocks = Set.copyOf(buildingBlocks);
	}

	void refuseScriptTask(Node task, PolicyFindings findings) {
		findings.add(PolicyRule.SCRIPT_TASK, task);
	}

	void refuseScript(Node script, PolicyFindings findings) {
		findings.add(PolicyRule.SCRIPT_IO, script);
	}

	void refuseImport(Node xmlImport, PolicyFindings findings) {
		findings.add(PolicyRule.XML_IMPORT, xmlImport);
	}

	void refuseConnector(Node connector, PolicyFindings findings) {
		findings.add(PolicyRule.CODE_CONNECTOR, connector);
	}

	void refuseField(Node field, PolicyFindings findings) {
		findings.add(PolicyRule.CODE_FIELD, field);
	}

	/**
	 * @return whether the condition is an expression to be judged further (not a script
	 * in some language)
	 */
	boolean checkConditionLanguage(Node condition, PolicyFindings findings) {
		String language = condition.attribute("language");
		if (language != null) {
			findings.add(PolicyRule.SCRIPT_CONDITION, condition, language);
			return false;
		}
		return true;
	}

	/** Every listener runs code: a class, a delegate, an expression or a script. */
	void refuseListener(Node listener, PolicyFindings findings) {
		boolean found = false;
		if (listener.attribute("class") != null) {
			findings.add(PolicyRule.CODE_CLASS, listener);
			found = true;
		}
		if (listener.attribute("delegateExpression") != null) {
			findings.add(PolicyRule.CODE_DELEGATE_EXPRESSION, listener);
			found = true;
		}
		if (listener.attribute("expression") != null) {
			findings.add(PolicyRule.CODE_EXPRESSION, listener);
			found = true;
		}
		if (listener.children.stream().anyMatch(child -> child.is("script"))) {
			findings.add(PolicyRule.SCRIPT_LISTENER, listener);
			found = true;
		}
		if (!found) {
			findings.add(PolicyRule.CODE_LISTENER, listener);
		}
	}

	/**
	 * A service or send task must be a known building block, unless its implementation is
	 * refused already.
	 */
	void checkServiceTask(Node task, PolicyFindings findings) {
		for (String implementation : IMPLEMENTATION_ATTRIBUTES) {
			if (CamundaXml.attribute(task, implementation) != null) {
				return; // refused by its attribute
			}
		}
		if (CamundaXml.hasDescendant(task, "connector")) {
			return; // refused as a connector
		}
		String block = CamundaXml.property(task, BLOCK_PROPERTY);
		if (block == null) {
			findings.add(PolicyRule.TASK_SERVICE, task);
		}
		else if (!buildingBlocks.contains(block.strip())) {
			findings.add(PolicyRule.BLOCK_UNKNOWN, task, block.strip());
		}
	}

}
