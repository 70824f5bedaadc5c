package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The shape of the process: every element can be reached, the process has an end, no
 * element stops without one (a dead end), and every reachable element can reach an end.
 */
final class GraphChecks {

	private GraphChecks() {
	}

	static void reachability(ModelUnderCheck model) {
		ProcessGraph graph = model.graph();
		Set<String> reachable = graph.reachableFrom(graph.entries());
		for (FlowNode node : graph.nodes()) {
			if (!reachable.contains(node.getId()) && !graph.isContainer(node.getId())) {
				model.add(Finding.error(node.getId(), "modeling.check.unreachable", label(node)));
			}
		}
		List<String> terminals = graph.nodes().stream().map(FlowNode::getId).filter(graph::isTerminal).toList();
		if (terminals.isEmpty()) {
			model.add(Finding.error(model.process().getId(), "modeling.check.end.missing"));
			return;
		}
		List<String> deadEnds = new ArrayList<>();
		for (FlowNode node : graph.nodes()) {
			String id = node.getId();
			if (graph.outgoing(id).isEmpty() && !graph.isTerminal(id) && !graph.isContainer(id)) {
				deadEnds.add(id);
				model.add(Finding.error(id, "modeling.check.deadEnd", label(node)));
			}
		}
		Set<String> canEnd = graph.reaching(terminals);
		Set<String> leadsToDeadEnd = graph.reaching(deadEnds);
		for (FlowNode node : graph.nodes()) {
			String id = node.getId();
			if (!canEnd.contains(id) && !leadsToDeadEnd.contains(id) && !graph.isContainer(id)
					&& reachable.contains(id)) {
				model.add(Finding.error(id, "modeling.check.noEnd", label(node)));
			}
		}
	}

}
