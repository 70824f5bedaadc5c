package dev.baton.modeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.ApproverRule;
import dev.baton.modeling.ProcessCatalog.Localized;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What the approver rules of the published processes (the latest version of each) rely
 * on: the people they name directly ({@code baton.approver=users}: when that person
 * leaves, such a step finds nobody until a designer changes it, whatever happens to the
 * organisation) and the roles they look for.
 */
@Component
public class ApproverRulesInUse {

	/** A step of a published process whose approver rule names the person. */
	public record NamingStep(String processKey, Localized processName, String stepId, Localized stepName,
			boolean onlyThem) {
	}

	private final RepositoryService repositoryService;

	private final ProcessCatalog catalog;

	ApproverRulesInUse(RepositoryService repositoryService, ProcessCatalog catalog) {
		this.repositoryService = repositoryService;
		this.catalog = catalog;
	}

	/**
	 * The steps whose rule lists this person among its users; {@code onlyThem} when they
	 * are the only one listed.
	 */
	public List<NamingStep> naming(String userId) {
		List<NamingStep> found = new ArrayList<>();
		forEachRule((definition, step, rule) -> {
			if (rule.kind() == ApproverRule.Kind.USERS && rule.users().contains(userId)) {
				var process = catalog.of(definition);
				found.add(new NamingStep(definition.getKey(), process.name(), step.getId(), process.step(step.getId()),
						rule.users().size() == 1));
			}
		});
		return found;
	}

	/**
	 * The roles the published processes' rules look for: asked ({@code role},
	 * {@code department-role}) or where a manager chain stops ({@code until-role}).
	 */
	public Set<String> rolesUsed() {
		Set<String> roles = new HashSet<>();
		forEachRule((definition, step, rule) -> {
			if (rule.role() != null) {
				roles.add(rule.role());
			}
			if (rule.untilRole() != null) {
				roles.add(rule.untilRole());
			}
		});
		return roles;
	}

	private interface RuleVisitor {

		void visit(ProcessDefinition definition, UserTask step, ApproverRule rule);

	}

	private void forEachRule(RuleVisitor visitor) {
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.active()
			.list()) {
			var model = repositoryService.getBpmnModelInstance(definition.getId());
			if (model == null) {
				continue;
			}
			for (UserTask step : model.getModelElementsByType(UserTask.class)) {
				Map<String, String> properties = ModelProperties.approverRule(step);
				if (!ApproverRule.isDeclaredIn(properties)) {
					continue;
				}
				try {
					visitor.visit(definition, step, ApproverRule.fromProperties(properties));
				}
				catch (RuntimeException unreadable) {
					// the designer's checks report a rule that cannot be read; it asks
					// nobody
				}
			}
		}
	}

}
