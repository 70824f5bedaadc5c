package dev.baton.modeling;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * One model during one run of {@link ModelChecks}: its process, graph and forms, worked
 * out once and shared by the checks, and the findings they add in order.
 */
final class ModelUnderCheck {

	private final Process process;

	private final ProcessGraph graph;

	private final Map<String, JsonNode> forms;

	private final List<Finding> findings;

	private final Map<String, Set<String>> formVariables = new HashMap<>();

	ModelUnderCheck(Process process, Map<String, JsonNode> forms, List<Finding> findings) {
		this.process = process;
		this.graph = ProcessGraph.of(process);
		this.forms = forms;
		this.findings = findings;
	}

	Process process() {
		return process;
	}

	ProcessGraph graph() {
		return graph;
	}

	Map<String, JsonNode> forms() {
		return forms;
	}

	void add(Finding finding) {
		findings.add(finding);
	}

	/**
	 * The variables set by the forms of the start event and the user tasks from which
	 * this node can be reached, with or without the node's own form.
	 */
	Set<String> variablesBefore(FlowNode node, boolean ownForm) {
		Set<String> variables = new LinkedHashSet<>();
		for (String id : graph.reaching(List.of(node.getId()))) {
			if (!ownForm && id.equals(node.getId())) {
				continue;
			}
			FlowNode before = graph.node(id);
			String formRef = before instanceof UserTask task ? ModelElements.trimmed(task.getCamundaFormRef())
					: before instanceof StartEvent start ? ModelElements.trimmed(start.getCamundaFormRef()) : null;
			if (formRef != null && forms.containsKey(formRef)) {
				variables.addAll(formVariables.computeIfAbsent(formRef, ref -> FormFields.variables(forms.get(ref))));
			}
		}
		return variables;
	}

}
