package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.label;
import static dev.baton.modeling.ModelElements.trimmed;

import java.util.Collection;
import java.util.Set;

import dev.baton.engine.ApprovalVariables;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Conditions and the gateways they leave from: only the safe expression subset, every
 * variable a condition reads is a field of a form filled before (or a variable of the
 * engine such as {@code initiator}), and a gateway with conditions has a default flow.
 */
final class ConditionChecks {

	private ConditionChecks() {
	}

	static void condition(ModelUnderCheck model, SequenceFlow flow, ConditionExpression condition) {
		String language = trimmed(condition.getLanguage());
		if (language != null && !language.equalsIgnoreCase("juel")) {
			model.add(Finding.error(flow.getId(), "modeling.check.condition.language", label(flow), language));
			return;
		}
		String text = condition.getTextContent();
		SafeExpression expression;
		try {
			expression = SafeExpression.parse(text);
		}
		catch (SafeExpression.Unsupported unsupported) {
			model.add(Finding.error(flow.getId(), "modeling.check.condition.unsupported", label(flow),
					text == null ? "" : text.strip(), unsupported.getMessage()));
			return;
		}
		// a flow leaving a task reads the task's own form too: it was submitted when the
		// task completed
		Set<String> known = flow.getSource() == null ? Set.of() : model.variablesBefore(flow.getSource(), true);
		for (String variable : expression.variables()) {
			if (!known.contains(variable) && !ApprovalVariables.isReserved(variable)) {
				FlowNode source = flow.getSource();
				model.add(Finding.error(flow.getId(), "modeling.check.condition.unknownField", label(flow), variable,
						source == null ? "" : label(source)));
			}
		}
	}

	static void gateway(ModelUnderCheck model, Gateway gateway) {
		Collection<SequenceFlow> outgoing = model.graph().flowsFrom(gateway.getId());
		if (outgoing.size() < 2) {
			return;
		}
		SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
				: ((InclusiveGateway) gateway).getDefault();
		long unconditional = outgoing.stream()
			.filter(flow -> flow != defaultFlow && flow.getConditionExpression() == null)
			.count();
		if (unconditional > 0) {
			model.add(Finding.warning(gateway.getId(), "modeling.check.gateway.unconditional", label(gateway)));
		}
		else if (defaultFlow == null) {
			model.add(Finding.warning(gateway.getId(), "modeling.check.gateway.noDefault", label(gateway)));
		}
	}

}
