package dev.baton.modeling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The flow of one process as a graph of its flow nodes, for the designer's checks and the
 * route preview. Besides sequence flows: an embedded sub-process leads to its start
 * events and is left from its end events; an activity leads to its boundary events.
 * Entries are where a request can begin or resume without a sequence flow: the process's
 * start events, the start events of event sub-processes, the step that a return to the
 * initiator jumps to ({@code baton.return-target}) and compensation handlers. Terminals
 * are end events of the process or of an event sub-process.
 */
final class ProcessGraph {

	/**
	 * A way from one node to the next; {@code flow} is {@code null} when it is not a
	 * sequence flow.
	 */
	record Edge(SequenceFlow flow, String target) {
	}

	static final String RETURN_TARGET = "baton.return-target";

	private final Process process;

	private final Map<String, FlowNode> nodes = new LinkedHashMap<>();

	private final List<SequenceFlow> flows = new ArrayList<>();

	private final Map<String, List<SequenceFlow>> flowsFrom = new HashMap<>();

	private final Map<String, List<Edge>> outgoing = new HashMap<>();

	private final Map<String, List<String>> incoming = new HashMap<>();

	private final Set<String> entries = new LinkedHashSet<>();

	private final Set<String> terminals = new LinkedHashSet<>();

	private final Set<String> containers = new LinkedHashSet<>();

	private ProcessGraph(Process process) {
		this.process = process;
	}

	static ProcessGraph of(Process process) {
		ProcessGraph graph = new ProcessGraph(process);
		graph.collect(process.getFlowElements());
		graph.link();
		return graph;
	}

	Process process() {
		return process;
	}

	Collection<FlowNode> nodes() {
		return nodes.values();
	}

	FlowNode node(String id) {
		return nodes.get(id);
	}

	/** Every sequence flow of the process and its sub-processes, in document order. */
	List<SequenceFlow> flows() {
		return flows;
	}

	/**
	 * The sequence flows whose source is this node, by their {@code sourceRef} (not by
	 * the node's {@code outgoing} list, which a hand-written model may leave out).
	 */
	List<SequenceFlow> flowsFrom(String id) {
		return flowsFrom.getOrDefault(id, List.of());
	}

	List<Edge> outgoing(String id) {
		return outgoing.getOrDefault(id, List.of());
	}

	int incomingCount(String id) {
		return incoming.getOrDefault(id, List.of()).size();
	}

	Set<String> entries() {
		return entries;
	}

	boolean isTerminal(String id) {
		return terminals.contains(id);
	}

	/**
	 * An event sub-process: a frame around its own flow, never entered by a sequence
	 * flow.
	 */
	boolean isContainer(String id) {
		return containers.contains(id);
	}

	/**
	 * The process's own start events without an event definition (a request starts
	 * there).
	 */
	List<StartEvent> noneStartEvents() {
		List<StartEvent> starts = new ArrayList<>();
		for (FlowElement element : process.getFlowElements()) {
			if (element instanceof StartEvent start && start.getEventDefinitions().isEmpty()) {
				starts.add(start);
			}
		}
		return starts;
	}

	/** Every node reachable from the given ones, including them. */
	Set<String> reachableFrom(Collection<String> starts) {
		return walk(starts, id -> outgoing(id).stream().map(Edge::target).toList());
	}

	/** Every node from which one of the given ones can be reached, including them. */
	Set<String> reaching(Collection<String> targets) {
		return walk(targets, id -> incoming.getOrDefault(id, List.of()));
	}

	private static Set<String> walk(Collection<String> starts, java.util.function.Function<String, List<String>> next) {
		Set<String> seen = new LinkedHashSet<>(starts);
		Deque<String> queue = new ArrayDeque<>(starts);
		while (!queue.isEmpty()) {
			for (String following : next.apply(queue.pop())) {
				if (seen.add(following)) {
					queue.add(following);
				}
			}
		}
		return seen;
	}

	private void collect(Collection<FlowElement> elements) {
		for (FlowElement element : elements) {
			if (element instanceof SequenceFlow flow) {
				flows.add(flow);
				if (flow.getSource() != null) {
					flowsFrom.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>()).add(flow);
				}
				continue;
			}
			if (!(element instanceof FlowNode node)) {
				continue;
			}
			nodes.put(node.getId(), node);
			if (node instanceof SubProcess sub) {
				if (sub.triggeredByEvent()) {
					containers.add(sub.getId());
				}
				collect(sub.getFlowElements());
			}
		}
	}

	private void link() {
		for (FlowNode node : nodes.values()) {
			ModelElementInstance parent = node.getParentElement();
			boolean inEventSubProcess = parent instanceof SubProcess sub && sub.triggeredByEvent();
			if (node instanceof StartEvent && (parent instanceof Process || inEventSubProcess)) {
				entries.add(node.getId());
			}
			if (node instanceof EndEvent && (parent instanceof Process || inEventSubProcess)) {
				terminals.add(node.getId());
			}
			if (node instanceof Activity activity && (activity.isForCompensation() || isReturnTarget(activity))) {
				entries.add(node.getId());
			}
			if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
				add(boundary.getAttachedTo().getId(), new Edge(null, boundary.getId()));
			}
			if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
				for (StartEvent start : childStarts(sub)) {
					add(sub.getId(), new Edge(null, start.getId()));
				}
			}
			for (SequenceFlow flow : flowsFrom(node.getId())) {
				if (flow.getTarget() == null || !nodes.containsKey(flow.getTarget().getId())) {
					continue;
				}
				for (String exit : exitsOf(node)) {
					add(exit, new Edge(flow, flow.getTarget().getId()));
				}
			}
		}
	}

	/**
	 * Where a flow leaving this node really departs: an embedded sub-process is left from
	 * its end events.
	 */
	private List<String> exitsOf(FlowNode node) {
		if (node instanceof SubProcess sub && !sub.triggeredByEvent() && !childStarts(sub).isEmpty()) {
			List<String> ends = new ArrayList<>();
			for (FlowElement child : sub.getFlowElements()) {
				if (child instanceof EndEvent end) {
					ends.add(end.getId());
				}
			}
			return ends;
		}
		return List.of(node.getId());
	}

	private static List<StartEvent> childStarts(SubProcess sub) {
		List<StartEvent> starts = new ArrayList<>();
		for (FlowElement child : sub.getFlowElements()) {
			if (child instanceof StartEvent start) {
				starts.add(start);
			}
		}
		return starts;
	}

	private void add(String from, Edge edge) {
		outgoing.computeIfAbsent(from, id -> new ArrayList<>()).add(edge);
		incoming.computeIfAbsent(edge.target(), id -> new ArrayList<>()).add(from);
	}

	static boolean isReturnTarget(FlowNode node) {
		return ModelProperties.of(node).containsKey(RETURN_TARGET);
	}

}
