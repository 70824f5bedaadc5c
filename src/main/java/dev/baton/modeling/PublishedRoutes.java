package dev.baton.modeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.ApproverResolution;
import dev.baton.directory.PersonRef;
import dev.baton.forms.SubmissionValidator;
import dev.baton.modeling.ProcessCatalog.Localized;

/**
 * The route preview ({@link RoutePreview}) of the latest published version of a process,
 * for other modules: which steps a request of a given initiator would pass and who would
 * be asked, with the start form's sample values; then every other user task of the
 * process for the same initiator (the walk stops where the sample data cannot decide a
 * condition, and other data takes other branches). Nothing is started or written.
 */
@Component
public class PublishedRoutes {

	/**
	 * A step of the route.
	 *
	 * @param outcome {@code assign}, {@code skip}, {@code auto-approve}, {@code fail} or
	 * {@code unknown}
	 * @param findsNobody an approval step whose rule finds nobody in the organisation: it
	 * would ask nobody, or only the administrators instead
	 * @param reason what the approver rule found, in English, or {@code null}
	 * @param onRoute on the route the sample data takes; the other user tasks of the
	 * process follow it (they lie on branches other data would take)
	 */
	public record Step(String elementId, Localized name, String outcome, List<PersonRef> approvers, boolean findsNobody,
			String reason, boolean onRoute) {
	}

	/** The route of one version for one initiator. */
	public record Route(String processKey, int version, Localized processName, List<Step> steps) {

		public boolean findsNobody() {
			return steps.stream().anyMatch(Step::findsNobody);
		}
	}

	private final RepositoryService repositoryService;

	private final ProcessVersions versions;

	private final ProcessCatalog catalog;

	private final RoutePreview preview;

	private final SubmissionValidator submissions;

	PublishedRoutes(RepositoryService repositoryService, ProcessVersions versions, ProcessCatalog catalog,
			RoutePreview preview, SubmissionValidator submissions) {
		this.repositoryService = repositoryService;
		this.versions = versions;
		this.catalog = catalog;
		this.preview = preview;
		this.submissions = submissions;
	}

	/** The keys of the published processes, sorted. */
	public List<String> publishedKeys() {
		return List.copyOf(new TreeSet<>(repositoryService.createProcessDefinitionQuery()
			.withoutTenantId()
			.latestVersion()
			.list()
			.stream()
			.map(ProcessDefinition::getKey)
			.toList()));
	}

	/** The route of the latest version of the process for this initiator. */
	@Transactional(readOnly = true)
	public Optional<Route> preview(String processKey, String initiator) {
		Optional<ProcessDefinition> latest = versions.latest(processKey);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		ProcessVersions.Content content = versions.content(latest.get());
		BpmnModelInstance model;
		try {
			model = ModelXml.read(content.bpmnXml());
		}
		catch (ModelXml.Invalid invalid) {
			return Optional.empty();
		}
		Process process = model.getModelElementsByType(Process.class)
			.stream()
			.filter(candidate -> processKey.equals(candidate.getId()))
			.findFirst()
			.orElse(null);
		if (process == null) {
			return Optional.empty();
		}
		ProcessGraph graph = ProcessGraph.of(process);
		Map<String, Object> data = sampleData(process, content);
		RoutePreview.Route route = preview.walk(graph, initiator, data);
		List<Step> steps = new ArrayList<>();
		route.steps()
			.stream()
			.filter(step -> "approval".equals(step.kind()))
			.forEach(step -> steps.add(step(step, true)));
		Set<String> passed = new HashSet<>(route.path());
		steps.stream().map(Step::elementId).forEach(passed::add);
		graph.nodes()
			.stream()
			.filter(node -> node instanceof UserTask && !passed.contains(node.getId()))
			.forEach(node -> steps.add(step(preview.step(graph, (UserTask) node, initiator, data), false)));
		return Optional.of(new Route(processKey, latest.get().getVersion(), catalog.of(latest.get()).name(), steps));
	}

	private static Step step(RoutePreview.Step step, boolean onRoute) {
		boolean nobody = step.outcome() != RoutePreview.Outcome.AUTO_APPROVE && step.approvers().isEmpty()
				|| step.reason() != null && step.reason().endsWith(ApproverResolution.ADMINISTRATORS_INSTEAD);
		return new Step(step.elementId(), step.name(),
				step.outcome() == null ? null
						: step.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
				step.approvers(), nobody, step.reason(), onRoute);
	}

	private Map<String, Object> sampleData(Process process, ProcessVersions.Content content) {
		JsonNode startForm = process.getChildElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null)
			.map(start -> content.forms().get(start.getCamundaFormRef().trim()))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return startForm == null ? Map.of() : new HashMap<>(submissions.sampleValues(startForm, Map.of()));
	}

}
