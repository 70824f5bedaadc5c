package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.INITIATOR_VARIABLE;
import static dev.baton.modeling.ModelElements.label;
import static dev.baton.modeling.ModelElements.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * Baton's checks before a model is published (the browser lints BPMN itself; the engine
 * and its safety policy judge the deployment). Each finding names the element to
 * highlight:
 * <ul>
 * <li>the model: readable BPMN, one executable process whose id is the process key, one
 * start event that records the initiator;</li>
 * <li>forms: every user task and the start event reference a form of the draft, bound to
 * the deployment; every form is a form-js schema; forms nobody references are
 * reported;</li>
 * <li>approvers: every user task has an approver rule that can be read and that finds
 * somebody in today's organisation for a sample initiator, or is the initiator's own step
 * ({@code ${initiator}}); roles and users named by a rule exist; a form field a rule
 * reads is filled before the step; multi-instance tasks have a rule;</li>
 * <li>conditions: only the safe expression subset, and every variable they read is a
 * field of a form filled before (the start form or a task form on the way) or a variable
 * of the engine such as {@code initiator};</li>
 * <li>the graph: every element can be reached, and every element can reach an end
 * event.</li>
 * </ul>
 * This class checks the model as a whole and its start event, and runs
 * {@link FormChecks}, {@link ApproverChecks}, {@link ConditionChecks} and
 * {@link GraphChecks} in that order.
 */
@Component
class ModelChecks {

	private final ApproverChecks approvers;

	ModelChecks(ApproverChecks approvers) {
		this.approvers = approvers;
	}

	/**
	 * @param key the process key the draft is for
	 * @param xml the draft's BPMN (already accepted by
	 * {@link ModelXml#requireAcceptable})
	 * @param forms the draft's form-js schemas by form id
	 * @param initiator the sample initiator approver rules are resolved for
	 */
	List<Finding> check(String key, String xml, Map<String, JsonNode> forms, String initiator) {
		List<Finding> findings = new ArrayList<>();
		FormChecks.schemas(forms, findings);
		BpmnModelInstance model;
		try {
			model = ModelXml.read(xml);
		}
		catch (ModelXml.Invalid invalid) {
			findings.add(invalid.finding());
			return findings;
		}
		List<Process> executable = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.toList();
		if (executable.isEmpty()) {
			findings.add(Finding.error(null, "modeling.check.process.none", key));
			return findings;
		}
		Process process = executable.stream().filter(p -> key.equals(p.getId())).findFirst().orElse(executable.get(0));
		if (!key.equals(process.getId())) {
			findings.add(Finding.error(process.getId(), "modeling.check.process.key", process.getId(), key));
		}
		for (Process other : executable) {
			if (other != process) {
				findings.add(Finding.error(other.getId(), "modeling.check.process.many", other.getId()));
			}
		}
		checkProcess(new ModelUnderCheck(process, forms, findings), initiator);
		return findings;
	}

	private void checkProcess(ModelUnderCheck model, String initiator) {
		ProcessGraph graph = model.graph();
		startEvent(model);
		FormChecks.references(model);
		approvers.check(model, initiator);
		for (SequenceFlow flow : graph.flows()) {
			if (flow.getConditionExpression() != null) {
				ConditionChecks.condition(model, flow, flow.getConditionExpression());
			}
		}
		for (FlowNode node : graph.nodes()) {
			if (node instanceof ExclusiveGateway || node instanceof InclusiveGateway) {
				ConditionChecks.gateway(model, (Gateway) node);
			}
		}
		GraphChecks.reachability(model);
	}

	/** One none start event, which records the initiator (and, better, has a form). */
	private static void startEvent(ModelUnderCheck model) {
		List<StartEvent> starts = model.graph().noneStartEvents();
		if (starts.isEmpty()) {
			model.add(Finding.error(model.process().getId(), "modeling.check.start.missing"));
			return;
		}
		for (StartEvent extra : starts.subList(1, starts.size())) {
			model.add(Finding.error(extra.getId(), "modeling.check.start.many", label(extra)));
		}
		StartEvent start = starts.get(0);
		if (!INITIATOR_VARIABLE.equals(trimmed(start.getCamundaInitiator()))) {
			model.add(Finding.error(start.getId(), "modeling.check.start.initiator", label(start), INITIATOR_VARIABLE));
		}
		if (trimmed(start.getCamundaFormRef()) == null) {
			model.add(Finding.warning(start.getId(), "modeling.check.start.noForm", label(start)));
		}
	}

}
