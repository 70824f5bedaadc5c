package dev.baton.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.calendar.BusinessCalendar;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Gives user tasks that carry Baton's approver rule (Camunda extension properties
 * {@code baton.approver} …, see processes/README.md) their approvers from the
 * organisation, at parse time, for every deployment path. A single task gets
 * {@link ApprovalStepBehavior}; a multi-instance task gets its collection from
 * {@link ApproverCollectionExpression}. A rule that cannot be read fails the deployment
 * with the element id and the property at fault. A task with a deadline
 * ({@code baton.deadline.*}, {@link StepDeadline}) gets its due date from the business
 * calendar when it opens ({@link DeadlineStarter}).
 */
class ApprovalStepParseListener extends AbstractBpmnParseListener {

	static final String DISPLAY_NAME_PREFIX = "baton.name.";

	private final ApproverResolver resolver;

	private final AutoDecisions decisions;

	private final ProcessEndPublisher processEnd;

	private final BusinessCalendar calendar;

	private final ApplicationEventPublisher events;

	ApprovalStepParseListener(ApproverResolver resolver, AutoDecisions decisions, ProcessEndPublisher processEnd,
			BusinessCalendar calendar, ApplicationEventPublisher events) {
		this.resolver = resolver;
		this.decisions = decisions;
		this.processEnd = processEnd;
		this.calendar = calendar;
		this.events = events;
	}

	@Override
	public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
		processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, processEnd);
		// the fields of the request's summary, read by the inbox when a task opens
		processDefinition.setProperty(RequestSummaryValues.DEFINITION_PROPERTY,
				RequestSummaryValues.keys(batonProperties(processElement).get(RequestSummaryValues.PROPERTY)));
	}

	@Override
	public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
		TaskDefinition task = behavior.getTaskDefinition();
		Map<String, String> properties = batonProperties(element);
		boolean approvalStep = properties.containsKey(ApproverRule.APPROVER);
		task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new LastApproversRecorder(approvalStep));
		task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, AssigneeChanges.INSTANCE);
		StepDeadline deadline = parseDeadline(activity.getId(), element, properties);
		if (deadline != null) {
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new DeadlineStarter(deadline, calendar, events));
		}
		if (!approvalStep) {
			return;
		}
		ApproverRule rule = parseRule(activity.getId(), element, properties);
		String name = element.attribute("name", activity.getId());
		MultiInstanceActivityBehavior multiInstance = multiInstanceBodyOf(scope);
		if (multiInstance != null) {
			multiInstance.setCollectionExpression(
					new ApproverCollectionExpression(activity.getId(), name, rule, resolver, decisions));
			multiInstance.setCollectionVariable(null);
			multiInstance.setCollectionElementVariable(ApprovalVariables.STEP_APPROVER);
			task.setAssigneeExpression(LocalVariableExpression.single(ApprovalVariables.STEP_APPROVER));
			return;
		}
		if (rule.kind() == ApproverRule.Kind.MANAGER_CHAIN) {
			throw new BpmnParseException("Element '" + activity.getId() + "': the approver rule manager-chain asks "
					+ "several managers one after the other, so the task must be a sequential multi-instance task",
					element);
		}
		task.setAssigneeExpression(LocalVariableExpression.single(ApprovalVariables.ASSIGNEE));
		task.addCandidateUserIdExpression(LocalVariableExpression.list(ApprovalVariables.CANDIDATES));
		activity.setActivityBehavior(new ApprovalStepBehavior(behavior, rule, resolver, decisions));
	}

	private static ApproverRule parseRule(String elementId, Element element, Map<String, String> properties) {
		try {
			return ApproverRule.fromProperties(properties);
		}
		catch (RuntimeException invalid) {
			throw new BpmnParseException("Element '" + elementId + "': " + invalid.getMessage(), element, invalid);
		}
	}

	private static StepDeadline parseDeadline(String elementId, Element element, Map<String, String> properties) {
		try {
			return StepDeadline.fromProperties(properties);
		}
		catch (StepDeadline.Invalid invalid) {
			throw new BpmnParseException("Element '" + elementId + "': " + invalid.getMessage(), element, invalid);
		}
	}

	private static MultiInstanceActivityBehavior multiInstanceBodyOf(ScopeImpl scope) {
		if (scope instanceof ActivityImpl body
				&& body.getActivityBehavior() instanceof MultiInstanceActivityBehavior mi) {
			return mi;
		}
		return null;
	}

	/** The {@code camunda:property} entries whose names start with {@code baton.}. */
	static Map<String, String> batonProperties(Element element) {
		Map<String, String> properties = new LinkedHashMap<>();
		Element extensions = element.element("extensionElements");
		if (extensions == null) {
			return properties;
		}
		Element camundaProperties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (camundaProperties == null) {
			return properties;
		}
		for (Element property : camundaProperties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
			String name = property.attribute("name");
			// baton.name.* are display names (e.g. baton.name.en), not part of the
			// approver rule
			if (name != null && name.startsWith(ApproverRule.PREFIX) && !name.startsWith(DISPLAY_NAME_PREFIX)) {
				properties.put(name, property.attribute("value"));
			}
		}
		return properties;
	}

}
