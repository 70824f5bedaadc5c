package dev.baton.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.directory.ApproverRule;
import dev.baton.modeling.ProcessCatalog.Localized;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The approver rules of the published processes (the latest version of each) that name a
 * person directly ({@code baton.approver=users}): when that person leaves, such a step
 * finds nobody until a designer changes it, whatever happens to the organisation.
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
				ApproverRule rule;
				try {
					rule = ApproverRule.fromProperties(properties);
				}
				catch (RuntimeException unreadable) {
					continue; // the designer's checks report it; it names nobody here
				}
				if (rule.kind() == ApproverRule.Kind.USERS && rule.users().contains(userId)) {
					var process = catalog.of(definition);
					found.add(new NamingStep(definition.getKey(), process.name(), step.getId(),
							process.step(step.getId()), rule.users().size() == 1));
				}
			}
		}
		return found;
	}

}
