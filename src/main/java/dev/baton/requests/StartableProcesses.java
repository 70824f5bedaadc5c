package dev.baton.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.modeling.ProcessCatalog;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Which processes a person may start: the latest version of each process that is active
 * and startable in a task list. A process that names candidate starters
 * ({@code camunda:candidateStarterUsers} / {@code camunda:candidateStarterGroups}, where
 * groups are departments and roles) is for them only; every other process is for
 * everybody. A process without a plain start event (only message, timer or signal start
 * events, or a model the catalogue cannot read) is started by the engine, never from a
 * form: it is offered to nobody.
 */
@Component
class StartableProcesses {

	private final RepositoryService repositoryService;

	private final Directory directory;

	private final ProcessCatalog catalog;

	StartableProcesses(RepositoryService repositoryService, Directory directory, ProcessCatalog catalog) {
		this.repositoryService = repositoryService;
		this.directory = directory;
		this.catalog = catalog;
	}

	List<ProcessDefinition> startableBy(String userId) {
		Set<String> groups = new HashSet<>(directory.groupIdsOf(userId));
		return repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.active()
			.startableInTasklist()
			.orderByProcessDefinitionKey()
			.asc()
			.list()
			.stream()
			.filter(definition -> catalog.of(definition).startableFromForm())
			.filter(definition -> mayStart(definition, userId, groups))
			.toList();
	}

	/**
	 * The version a new request of this process starts on, unless the process is
	 * suspended or hidden.
	 */
	Optional<ProcessDefinition> latest(String processKey) {
		return Optional
			.ofNullable(repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(processKey)
				.latestVersion()
				.active()
				.startableInTasklist()
				.singleResult())
			.filter(definition -> catalog.of(definition).startableFromForm());
	}

	boolean mayStart(ProcessDefinition definition, String userId) {
		return mayStart(definition, userId, new HashSet<>(directory.groupIdsOf(userId)));
	}

	private boolean mayStart(ProcessDefinition definition, String userId, Set<String> groups) {
		List<IdentityLink> starters = repositoryService.getIdentityLinksForProcessDefinition(definition.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.toList();
		return starters.isEmpty() || starters.stream()
			.anyMatch(link -> userId.equals(link.getUserId())
					|| (link.getGroupId() != null && groups.contains(link.getGroupId())));
	}

}
