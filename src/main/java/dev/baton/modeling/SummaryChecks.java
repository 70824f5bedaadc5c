package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.trimmed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.engine.RequestSummaryValues;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The request's summary ({@code baton.summary} on the process, e.g.
 * {@code total,supplier}): every field it names is a single value that a form of the
 * process fills in, and it names no more than a card has room for.
 */
final class SummaryChecks {

	private static final int MAX_DEPTH = 30;

	private SummaryChecks() {
	}

	static void check(ModelUnderCheck model) {
		String property = summaryProperty(model.process());
		List<String> keys = RequestSummaryValues.keys(property);
		if (keys.isEmpty()) {
			return;
		}
		String processId = model.process().getId();
		if (keys.size() > RequestSummaryValues.MAX_FIELDS) {
			model.add(Finding.error(processId, "modeling.check.summary.tooMany", keys.size(),
					RequestSummaryValues.MAX_FIELDS));
		}
		Set<String> values = new HashSet<>();
		Set<String> lists = new HashSet<>();
		for (FlowNode node : model.graph().nodes()) {
			String formRef = node instanceof UserTask task ? trimmed(task.getCamundaFormRef())
					: node instanceof StartEvent start ? trimmed(start.getCamundaFormRef()) : null;
			JsonNode form = formRef == null ? null : model.forms().get(formRef);
			if (form != null) {
				collect(form.path("components"), values, lists, 0);
			}
		}
		for (String key : keys) {
			if (values.contains(key)) {
				continue;
			}
			model.add(Finding.error(processId,
					lists.contains(key) ? "modeling.check.summary.notValue" : "modeling.check.summary.unknownField",
					key));
		}
	}

	/** Keys bound to a single value, and paths of lists and groups. */
	private static void collect(JsonNode components, Set<String> values, Set<String> lists, int depth) {
		if (!components.isArray() || depth > MAX_DEPTH) {
			return;
		}
		for (JsonNode component : components) {
			String path = text(component, "path");
			String key = text(component, "key");
			if (path != null) {
				lists.add(path);
			}
			else if (key != null) {
				values.add(key);
			}
			else {
				collect(component.path("components"), values, lists, depth + 1);
			}
		}
	}

	private static String text(JsonNode component, String field) {
		JsonNode value = component.path(field);
		return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
	}

	private static String summaryProperty(Process process) {
		if (process.getExtensionElements() == null) {
			return null;
		}
		for (CamundaProperties properties : process.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				if (RequestSummaryValues.PROPERTY.equals(trimmed(property.getCamundaName()))) {
					return property.getCamundaValue();
				}
			}
		}
		return null;
	}

}
