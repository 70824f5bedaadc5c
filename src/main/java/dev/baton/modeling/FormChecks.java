package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.label;
import static dev.baton.modeling.ModelElements.trimmed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.forms.SupportedComponents;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The forms of a draft: every form is a form-js schema Baton can validate; every user
 * task and the start event reference a form of the draft, bound to the deployment; forms
 * nobody references are reported.
 */
final class FormChecks {

	static final String DEPLOYMENT_BINDING = "deployment";

	private FormChecks() {
	}

	/** The schemas on their own, before the BPMN is read. */
	static void schemas(Map<String, JsonNode> forms, List<Finding> findings) {
		forms.forEach((id, schema) -> {
			if (!FormFields.isFormSchema(schema)) {
				findings.add(Finding.error(null, "modeling.check.form.invalid", id));
				return;
			}
			for (SupportedComponents.Unsupported component : SupportedComponents.in(schema)) {
				findings.add(
						Finding.error(null, "modeling.check.form.unsupported", id, component.name(), component.type()));
			}
		});
	}

	/** Which forms the start event and user tasks reference, and how. */
	static void references(ModelUnderCheck model) {
		ProcessGraph graph = model.graph();
		Map<String, JsonNode> forms = model.forms();
		Set<String> used = new LinkedHashSet<>();
		Set<String> starts = graph.noneStartEvents().stream().map(StartEvent::getId).collect(Collectors.toSet());
		for (FlowNode node : graph.nodes()) {
			String formRef;
			String binding;
			if (node instanceof UserTask task) {
				formRef = trimmed(task.getCamundaFormRef());
				binding = trimmed(task.getCamundaFormRefBinding());
				if (formRef == null) {
					model.add(Finding.error(task.getId(), "modeling.check.form.none", label(task)));
					continue;
				}
			}
			else if (node instanceof StartEvent start && starts.contains(start.getId())) {
				formRef = trimmed(start.getCamundaFormRef());
				binding = trimmed(start.getCamundaFormRefBinding());
				if (formRef == null) {
					continue;
				}
			}
			else {
				continue;
			}
			used.add(formRef);
			if (!forms.containsKey(formRef)) {
				model.add(Finding.error(node.getId(), "modeling.check.form.missing", label(node), formRef));
			}
			if (!DEPLOYMENT_BINDING.equals(binding)) {
				model.add(Finding.error(node.getId(), "modeling.check.form.binding", label(node)));
			}
		}
		for (String id : forms.keySet()) {
			if (!used.contains(id)) {
				model.add(Finding.warning(null, "modeling.check.form.unused", id));
			}
		}
	}

}
