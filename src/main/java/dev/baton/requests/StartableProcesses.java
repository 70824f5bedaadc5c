package dev.baton.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * The candidate starters per process version, read once: the engine writes them when
	 * it deploys the version, from its model, and Baton never changes them (the engine's
	 * {@code RepositoryService.addCandidateStarter*} is not called by Baton nor offered
	 * by {@code /engine-rest}). A version's id is never reused.
	 */
	private final Map<String, Starters> starters = new ConcurrentHashMap<>();

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
		Starters starters = this.starters.computeIfAbsent(definition.getId(), this::startersOf);
		return starters.everybody() || starters.users().contains(userId)
				|| starters.groups().stream().anyMatch(groups::contains);
	}

	/**
	 * The candidate starters a version's model names; {@code everybody} when it names
	 * none.
	 */
	private record Starters(Set<String> users, Set<String> groups) {

		boolean everybody() {
			return users.isEmpty() && groups.isEmpty();
		}

	}

	private Starters startersOf(String definitionId) {
		Set<String> users = new HashSet<>();
		Set<String> groups = new HashSet<>();
		for (IdentityLink link : repositoryService.getIdentityLinksForProcessDefinition(definitionId)) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		return new Starters(Set.copyOf(users), Set.copyOf(groups));
	}

}
