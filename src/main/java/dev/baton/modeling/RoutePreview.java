package dev.baton.modeling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.ApproverResolver;
import dev.baton.directory.PersonRef;
import dev.baton.modeling.ProcessCatalog.Localized;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Which steps a request would pass and who would be asked, before anybody is bothered:
 * the model is walked from its start event with sample form values and a sample
 * initiator; no engine instance is started and nothing is written. Conditions are
 * evaluated by {@link SafeExpression}; approver rules by the same
 * {@link ApproverResolver} the engine uses, with the approvers of the step before (when
 * that is known: one assignee) for auto-approval. An exclusive gateway takes its first
 * flow whose condition holds, else its default; parallel and inclusive gateways take
 * every flow that applies. Every element is visited at most once (a loop back is not
 * followed again), and a joining gateway waits until the other open branches have been
 * walked, so parallel branches are listed one after the other before the join. Boundary
 * and event sub-process paths are not part of the route.
 */
@Component
class RoutePreview {

	/**
	 * What a step would do: ask people, be skipped, be approved automatically, stop the
	 * request, or unknown.
	 */
	enum Outcome {

		ASSIGN, SKIP, AUTO_APPROVE, FAIL, UNKNOWN

	}

	/**
	 * @param kind {@code approval} (a user task), {@code end} (an end event reached)
	 * @param rule how the people are found: the approver rule's kind ({@code role} …),
	 * {@code initiator}, {@code assignee} or {@code candidates}; {@code null} for an end
	 */
	record Step(String elementId, Localized name, String kind, String rule, Outcome outcome, List<PersonRef> approvers,
			List<PersonRef> autoApproved, String reason) {
	}

	/**
	 * The steps in order, every element passed (for the diagram), and what stops the
	 * walk.
	 */
	record Route(List<Step> steps, List<String> path, List<Finding> problems) {
	}

	private final StepPreview stepPreview;

	RoutePreview(StepPreview stepPreview) {
		this.stepPreview = stepPreview;
	}

	Route walk(ProcessGraph graph, String initiator, Map<String, Object> data) {
		return new Walk(graph, initiator, data).run();
	}

	/**
	 * What one user task would do for this initiator wherever it lies, e.g. off the route
	 * the sample data takes (without the step before it, so never approved automatically
	 * for a repeated approver).
	 */
	Step step(ProcessGraph graph, UserTask task, String initiator, Map<String, Object> data) {
		return new Walk(graph, initiator, data).step(task);
	}

	private final class Walk {

		private final ProcessGraph graph;

		private final String initiator;

		private final Map<String, Object> variables = new HashMap<>();

		private final List<Step> steps = new ArrayList<>();

		private final List<String> path = new ArrayList<>();

		private final List<Finding> problems = new ArrayList<>();

		private List<String> lastApprovers = List.of();

		Walk(ProcessGraph graph, String initiator, Map<String, Object> data) {
			this.graph = graph;
			this.initiator = initiator;
			if (data != null) {
				variables.putAll(data);
			}
			variables.put(ModelElements.INITIATOR_VARIABLE, initiator);
		}

		Route run() {
			List<StartEvent> starts = graph.noneStartEvents();
			if (starts.isEmpty()) {
				problems.add(Finding.error(graph.process().getId(), "modeling.check.start.missing"));
				return new Route(steps, path, problems);
			}
			Deque<String> queue = new ArrayDeque<>();
			Set<String> seen = new LinkedHashSet<>();
			queue.add(starts.get(0).getId());
			seen.add(starts.get(0).getId());
			while (!queue.isEmpty()) {
				String id = next(queue);
				path.add(id);
				for (String target : visit(graph.node(id))) {
					if (seen.add(target)) {
						queue.add(target);
					}
				}
			}
			return new Route(steps, path, problems);
		}

		/**
		 * The first open element that is not a join; a join only when nothing else is
		 * left to walk.
		 */
		private String next(Deque<String> queue) {
			for (Iterator<String> it = queue.iterator(); it.hasNext();) {
				String id = it.next();
				if (!isJoin(graph.node(id))) {
					it.remove();
					return id;
				}
			}
			return queue.pop();
		}

		private boolean isJoin(FlowNode node) {
			return (node instanceof ParallelGateway || node instanceof InclusiveGateway)
					&& graph.incomingCount(node.getId()) > 1;
		}

		/**
		 * @return where the request goes next from this element
		 */
		private List<String> visit(FlowNode node) {
			if (node instanceof UserTask task) {
				Step step = step(task);
				steps.add(step);
				if (step.outcome() == Outcome.FAIL) {
					return List.of();
				}
			}
			else if (node instanceof EndEvent end) {
				steps.add(new Step(end.getId(), name(end), "end", null, null, List.of(), List.of(), null));
			}
			return choose(node);
		}

		private List<String> choose(FlowNode node) {
			List<ProcessGraph.Edge> edges = graph.outgoing(node.getId())
				.stream()
				.filter(edge -> !(graph.node(edge.target()) instanceof BoundaryEvent))
				.toList();
			SequenceFlow defaultFlow = node instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
					: node instanceof InclusiveGateway inclusive ? inclusive.getDefault() : null;
			boolean exclusive = node instanceof ExclusiveGateway;
			List<String> targets = new ArrayList<>();
			for (ProcessGraph.Edge edge : edges) {
				SequenceFlow flow = edge.flow();
				if (flow != null && flow == defaultFlow) {
					continue;
				}
				Boolean applies = applies(node, flow);
				if (applies == null) {
					return List.of();
				}
				if (applies) {
					targets.add(edge.target());
					if (exclusive) {
						return targets;
					}
				}
			}
			if (targets.isEmpty() && defaultFlow != null) {
				for (ProcessGraph.Edge edge : edges) {
					if (edge.flow() == defaultFlow) {
						targets.add(edge.target());
					}
				}
			}
			if (targets.isEmpty() && !edges.isEmpty() && (exclusive || node instanceof InclusiveGateway)) {
				problems.add(Finding.error(node.getId(), "modeling.preview.noPath", ModelElements.label(node)));
			}
			return targets;
		}

		/**
		 * Whether the flow is taken; {@code null} when its condition cannot be evaluated
		 * (the walk stops there).
		 */
		private Boolean applies(FlowNode from, SequenceFlow flow) {
			ConditionExpression condition = flow == null ? null : flow.getConditionExpression();
			if (condition == null) {
				return true;
			}
			String text = condition.getTextContent() == null ? "" : condition.getTextContent().strip();
			try {
				return SafeExpression.parse(text).test(variables);
			}
			catch (SafeExpression.Unsupported unsupported) {
				problems.add(Finding.error(flow.getId(), "modeling.preview.condition.unsupported",
						ModelElements.label(flow), text, unsupported.getMessage()));
			}
			catch (SafeExpression.UnknownVariable unknown) {
				problems.add(Finding.error(flow.getId(), "modeling.preview.condition.noValue",
						ModelElements.label(flow), unknown.name(), ModelElements.label(from)));
			}
			catch (SafeExpression.EvaluationError failed) {
				problems.add(Finding.error(flow.getId(), "modeling.preview.condition.failed", ModelElements.label(flow),
						text, failed.getMessage()));
			}
			return null;
		}

		private Step step(UserTask task) {
			StepPreview.Previewed previewed = stepPreview.of(task, initiator, variables, lastApprovers);
			lastApprovers = previewed.lastApprovers();
			return previewed.step();
		}

	}

	static Localized name(FlowNode node) {
		String zh = node.getName() == null || node.getName().isBlank() ? node.getId() : node.getName().strip();
		String en = ModelProperties.value(node, ProcessCatalog.ENGLISH_NAME);
		return new Localized(zh, en == null ? zh : en);
	}

}
