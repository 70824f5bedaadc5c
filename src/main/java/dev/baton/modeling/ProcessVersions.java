package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.directory.Directory;
import dev.baton.modeling.ModelingJson.DraftSummary;
import dev.baton.modeling.ModelingJson.ProcessOverview;
import dev.baton.modeling.ModelingJson.VersionSummary;
import dev.baton.modeling.ProcessCatalog.Localized;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The published versions of processes, as the engine holds them: lists, contents and
 * running requests.
 */
@Component
class ProcessVersions {

	static final String FORM_SUFFIX = ".form";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * A published version: its BPMN and its forms (by form id, and their resource names).
	 */
	record Content(ProcessDefinition definition, Deployment deployment, String bpmnResource, String bpmnXml,
			Map<String, JsonNode> forms, Map<String, String> formResources) {
	}

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final ProcessCatalog catalog;

	private final DraftStore store;

	private final Directory directory;

	ProcessVersions(RepositoryService repositoryService, RuntimeService runtimeService, ProcessCatalog catalog,
			DraftStore store, Directory directory) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.catalog = catalog;
		this.store = store;
		this.directory = directory;
	}

	boolean exists(String key) {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
	}

	Optional<ProcessDefinition> latest(String key) {
		return Optional.ofNullable(repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.withoutTenantId()
			.latestVersion()
			.singleResult());
	}

	/**
	 * The version, or the latest when {@code version} is null; 404
	 * {@code modeling.version.notFound} otherwise.
	 */
	ProcessDefinition require(String key, Integer version) {
		ProcessDefinition definition = version == null ? latest(key).orElse(null)
				: repositoryService.createProcessDefinitionQuery()
					.processDefinitionKey(key)
					.withoutTenantId()
					.processDefinitionVersion(version)
					.singleResult();
		if (definition == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "modeling.version.notFound", key,
					version == null ? "-" : String.valueOf(version));
		}
		return definition;
	}

	Content content(ProcessDefinition definition) {
		String deploymentId = definition.getDeploymentId();
		Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
		String bpmn = read(deploymentId, definition.getResourceName());
		Map<String, JsonNode> forms = new LinkedHashMap<>();
		Map<String, String> formResources = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(repositoryService.getDeploymentResourceNames(deploymentId));
		names.sort(Comparator.naturalOrder());
		for (String name : names) {
			if (!name.endsWith(FORM_SUFFIX)) {
				continue;
			}
			String text = read(deploymentId, name);
			JsonNode schema;
			try {
				schema = JSON.readTree(text);
			}
			catch (IOException unreadable) {
				continue;
			}
			String fileName = name.substring(name.lastIndexOf('/') + 1);
			String id = schema.path("id").isTextual() && !schema.path("id").asText().isBlank()
					? schema.path("id").asText() : fileName.substring(0, fileName.length() - FORM_SUFFIX.length());
			forms.put(id, schema);
			formResources.put(id, name);
		}
		return new Content(definition, deployment, definition.getResourceName(), bpmn, forms, formResources);
	}

	/**
	 * Every process with its versions (newest first) and draft, by key; processes that
	 * only have a draft too.
	 */
	List<ProcessOverview> overview() {
		Map<String, List<ProcessDefinition>> byKey = new TreeMap<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().withoutTenantId().list()) {
			byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(definition);
		}
		Map<String, DraftStore.Draft> drafts = store.all()
			.stream()
			.collect(Collectors.toMap(DraftStore.Draft::key, Function.identity()));
		Map<String, DraftStore.Publication> publications = store.publications();
		Map<String, Deployment> deployments = repositoryService.createDeploymentQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Deployment::getId, Function.identity()));
		List<String> keys = new ArrayList<>(byKey.keySet());
		drafts.keySet().stream().filter(key -> !byKey.containsKey(key)).forEach(keys::add);
		keys.sort(Comparator.naturalOrder());

		List<ProcessOverview> overview = new ArrayList<>();
		for (String key : keys) {
			List<ProcessDefinition> definitions = byKey.getOrDefault(key, List.of())
				.stream()
				.sorted(Comparator.comparingInt(ProcessDefinition::getVersion).reversed())
				.toList();
			List<VersionSummary> versions = definitions.stream()
				.map(definition -> summary(definition, deployments.get(definition.getDeploymentId()),
						publications.get(definition.getDeploymentId())))
				.toList();
			DraftStore.Draft draft = drafts.get(key);
			Localized name = definitions.isEmpty() ? new Localized(draft.nameZh(), draft.nameEn())
					: catalog.of(definitions.get(0)).name();
			overview.add(new ProcessOverview(key, name, definitions.isEmpty() ? null : definitions.get(0).getVersion(),
					versions, draft == null ? null : new DraftSummary(draft.revision(), draft.baseVersion(),
							directory.ref(draft.updatedBy()), draft.updatedAt())));
		}
		return overview;
	}

	/** Who published the deployment in the designer, if it was published there. */
	Optional<DraftStore.Publication> publication(String deploymentId) {
		return store.publication(deploymentId);
	}

	private VersionSummary summary(ProcessDefinition definition, Deployment deployment,
			DraftStore.Publication publication) {
		String origin = publication != null ? "designer"
				: deployment != null && ProcessPublisher.SOURCE.equals(deployment.getSource()) ? "shipped" : "other";
		return new VersionSummary(definition.getVersion(), definition.getId(), definition.getDeploymentId(),
				deployment == null || deployment.getDeploymentTime() == null ? null
						: deployment.getDeploymentTime().toInstant(),
				publication == null ? null : directory.ref(publication.publishedBy()), origin,
				publication == null ? null : publication.republishedFrom(),
				runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
	}

	private String read(String deploymentId, String resourceName) {
		try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
			return new String(in.readAllBytes(), UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resourceName + " of deployment " + deploymentId, e);
		}
	}

}
