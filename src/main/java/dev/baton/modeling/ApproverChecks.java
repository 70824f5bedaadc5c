package dev.baton.modeling;

import static dev.baton.modeling.ModelElements.label;
import static dev.baton.modeling.ModelElements.trimmed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.directory.ApprovalContext;
import dev.baton.directory.ApproverResolution;
import dev.baton.directory.ApproverResolver;
import dev.baton.directory.ApproverRule;
import dev.baton.directory.ApproverRuleException;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.Role;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The approvers of the user tasks: every user task has an approver rule that can be read
 * and that finds somebody in today's organisation for a sample initiator, or is the
 * initiator's own step ({@code ${initiator}}); roles, departments and users named by a
 * rule exist; a form field a rule reads is filled before the step; multi-instance tasks
 * have a rule.
 */
@Component
class ApproverChecks {

	private final Directory directory;

	private final ApproverResolver resolver;

	ApproverChecks(Directory directory, ApproverResolver resolver) {
		this.directory = directory;
		this.resolver = resolver;
	}

	/** Every user task of the model, in graph order, for this sample initiator. */
	void check(ModelUnderCheck model, String initiator) {
		Run run = new Run(model, initiator);
		for (FlowNode node : model.graph().nodes()) {
			if (node instanceof UserTask task) {
				run.approvers(task);
			}
		}
	}

	/** One check of one model: today's roles are read once. */
	private final class Run {

		private final ModelUnderCheck model;

		private final String initiator;

		private Set<String> roleIds;

		Run(ModelUnderCheck model, String initiator) {
			this.model = model;
			this.initiator = initiator;
		}

		void approvers(UserTask task) {
			Map<String, String> properties = ModelProperties.approverRule(task);
			boolean multiInstance = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
			if (!ApproverRule.isDeclaredIn(properties)) {
				withoutRule(task, multiInstance);
				return;
			}
			ApproverRule rule;
			try {
				rule = ApproverRule.fromProperties(properties);
			}
			catch (ApproverRuleException invalid) {
				model.add(Finding.error(task.getId(), "modeling.check.approver.invalid", label(task),
						invalid.property(), invalid.value() == null ? "" : invalid.value(), invalid.getMessage()));
				return;
			}
			if (rule.kind() == ApproverRule.Kind.MANAGER_CHAIN && !multiInstance) {
				model.add(Finding.error(task.getId(), "modeling.check.approver.chainNeedsSequence", label(task)));
			}
			boolean orgChartOk = namesExist(task, rule);
			switch (rule.kind()) {
				case FORM_USER, FORM_DEPARTMENT_HEAD -> {
					String variable = firstSegment(rule.field());
					if (!model.variablesBefore(task, false).contains(variable)) {
						model.add(Finding.error(task.getId(), "modeling.check.approver.formField", label(task),
								rule.field()));
					}
				}
				default -> {
					if (orgChartOk) {
						resolvesForSample(task, rule);
					}
				}
			}
		}

		/** A task without an approver rule is fine only as the initiator's own step. */
		private void withoutRule(UserTask task, boolean multiInstance) {
			if (multiInstance) {
				model.add(Finding.error(task.getId(), "modeling.check.approver.multiInstance", label(task)));
			}
			else if (ModelElements.isInitiatorExpression(task.getCamundaAssignee())) {
				return;
			}
			else if (trimmed(task.getCamundaAssignee()) != null || trimmed(task.getCamundaCandidateUsers()) != null
					|| trimmed(task.getCamundaCandidateGroups()) != null) {
				model.add(Finding.warning(task.getId(), "modeling.check.approver.static", label(task)));
			}
			else {
				model.add(Finding.error(task.getId(), "modeling.check.approver.missing", label(task)));
			}
		}

		/** Roles, departments and users the rule names exist in today's organisation. */
		private boolean namesExist(UserTask task, ApproverRule rule) {
			boolean ok = true;
			for (String role : new String[] { rule.role(), rule.untilRole() }) {
				if (role != null && !roleIds().contains(role)) {
					model.add(Finding.error(task.getId(), "modeling.check.approver.unknownRole", label(task), role));
					ok = false;
				}
			}
			if (rule.department() != null && directory.department(rule.department()).isEmpty()) {
				model.add(Finding.error(task.getId(), "modeling.check.approver.unknownDepartment", label(task),
						rule.department()));
				ok = false;
			}
			for (String userId : rule.users()) {
				Optional<Person> person = directory.person(userId);
				if (person.isEmpty()) {
					model.add(Finding.error(task.getId(), "modeling.check.approver.unknownUser", label(task), userId));
					ok = false;
				}
				else if (!person.get().active()) {
					model.add(Finding.warning(task.getId(), "modeling.check.approver.inactiveUser", label(task),
							person.get().displayName(), userId));
				}
			}
			return ok;
		}

		/**
		 * Whom the rule finds for the sample initiator, without its fallback: nobody is
		 * an error when the rule would stop the request ({@code if-none=fail}), and a
		 * warning when the model says what happens instead (the administrators get it, or
		 * the step is skipped).
		 */
		private void resolvesForSample(UserTask task, ApproverRule rule) {
			ApproverRule withoutFallback = new ApproverRule(rule.kind(), rule.users(), rule.role(), rule.level(),
					rule.untilRole(), rule.field(), rule.department(), ApproverRule.IfNone.FAIL, rule.ifInitiator(),
					rule.ifRepeated());
			ApproverResolution resolution = resolver.resolve(withoutFallback,
					new ApprovalContext(initiator, Map.of(), List.of()));
			if (resolution.outcome() != ApproverResolution.Outcome.FAIL) {
				return;
			}
			String who = directory.ref(initiator).name();
			switch (rule.ifNone()) {
				case FAIL -> model.add(Finding.error(task.getId(), "modeling.check.approver.nobody.fail", label(task),
						who, resolution.reason()));
				case ADMIN -> model.add(Finding.warning(task.getId(), "modeling.check.approver.nobody.admin",
						label(task), who, resolution.reason()));
				case SKIP -> model.add(Finding.warning(task.getId(), "modeling.check.approver.nobody.skip", label(task),
						who, resolution.reason()));
			}
		}

		private Set<String> roleIds() {
			if (roleIds == null) {
				roleIds = directory.roles().stream().map(Role::id).collect(Collectors.toSet());
			}
			return roleIds;
		}

	}

	private static String firstSegment(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

}
