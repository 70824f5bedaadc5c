package dev.baton.modeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.ApprovalContext;
import dev.baton.directory.ApproverResolution;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.modeling.RoutePreview.Outcome;
import dev.baton.modeling.RoutePreview.Step;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import static dev.baton.modeling.RoutePreview.name;

/**
 * What one approval step of a route would do for an initiator: whom its approver rule (or
 * its fixed assignee or candidates) asks, whether it is skipped or approved
 * automatically, or why it finds nobody.
 */
@Component
class StepPreview {

	/**
	 * @param lastApprovers who approved it, for the next step's if-repeated, as the
	 * engine keeps it
	 */
	record Previewed(Step step, List<String> lastApprovers) {
	}

	private final Directory directory;

	private final ApproverResolver resolver;

	StepPreview(Directory directory, ApproverResolver resolver) {
		this.directory = directory;
		this.resolver = resolver;
	}

	/**
	 * @param lastApprovers who approved the step before, for an if-repeated rule
	 */
	Previewed of(UserTask task, String initiator, Map<String, Object> variables, List<String> lastApprovers) {
		Map<String, String> properties = ModelProperties.approverRule(task);
		if (!ApproverRule.isDeclaredIn(properties)) {
			return new Previewed(withoutRule(task, initiator), List.of());
		}
		ApproverRule rule;
		try {
			rule = ApproverRule.fromProperties(properties);
		}
		catch (RuntimeException invalid) {
			return new Previewed(new Step(task.getId(), name(task), "approval", properties.get(ApproverRule.APPROVER),
					Outcome.FAIL, List.of(), List.of(), invalid.getMessage()), lastApprovers);
		}
		boolean multiInstance = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
		ApproverResolution resolution = resolver.resolve(rule, new ApprovalContext(initiator, variables, lastApprovers),
				multiInstance ? ApproverResolver.Quorum.EVERY_ONE : ApproverResolver.Quorum.ANY_ONE);
		Outcome outcome = switch (resolution.outcome()) {
			case ASSIGN -> Outcome.ASSIGN;
			case SKIP -> Outcome.SKIP;
			case AUTO_APPROVED -> Outcome.AUTO_APPROVE;
			case FAIL -> Outcome.FAIL;
		};
		// who approved this step, for the next one's if-repeated, as the engine keeps
		// it:
		// the automatic approvals, plus the approvers asked if the step needs all of
		// them or has only one (of several candidates any one may approve, so the
		// next
		// step cannot assume who); a skipped step breaks the chain
		List<String> approvedBy = new ArrayList<>(resolution.autoApproved());
		if (outcome == Outcome.ASSIGN && (multiInstance || resolution.approvers().size() == 1)) {
			approvedBy.addAll(resolution.approvers());
		}
		return new Previewed(
				new Step(task.getId(), name(task), "approval", rule.kind().propertyValue(), outcome,
						refs(resolution.approvers()), refs(resolution.autoApproved()), resolution.reason()),
				outcome == Outcome.FAIL ? lastApprovers : List.copyOf(approvedBy));
	}

	private Step withoutRule(UserTask task, String initiator) {
		String assignee = ModelElements.trimmed(task.getCamundaAssignee());
		if (ModelElements.isInitiatorExpression(assignee)) {
			return new Step(task.getId(), name(task), "approval", "initiator", Outcome.ASSIGN, refs(List.of(initiator)),
					List.of(), null);
		}
		if (assignee != null && !assignee.contains("{")) {
			return new Step(task.getId(), name(task), "approval", "assignee", Outcome.ASSIGN, refs(List.of(assignee)),
					List.of(), null);
		}
		Set<String> people = new LinkedHashSet<>();
		String users = ModelElements.trimmed(task.getCamundaCandidateUsers());
		String groups = ModelElements.trimmed(task.getCamundaCandidateGroups());
		if (assignee == null && (users != null || groups != null) && !(users != null && users.contains("{"))
				&& !(groups != null && groups.contains("{"))) {
			for (String user : split(users)) {
				people.add(user);
			}
			for (String group : split(groups)) {
				directory.holdersOf(group).stream().map(Person::id).forEach(people::add);
				directory.activeMembers(group).stream().map(Person::id).forEach(people::add);
			}
			return new Step(task.getId(), name(task), "approval", "candidates",
					people.isEmpty() ? Outcome.UNKNOWN : Outcome.ASSIGN, refs(List.copyOf(people)), List.of(), null);
		}
		return new Step(task.getId(), name(task), "approval", null, Outcome.UNKNOWN, List.of(), List.of(), null);
	}

	private List<PersonRef> refs(List<String> ids) {
		return ids.stream().map(directory::ref).toList();
	}

	private static List<String> split(String list) {
		if (list == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (String value : list.split(",")) {
			if (!value.isBlank()) {
				values.add(value.trim());
			}
		}
		return values;
	}

}
