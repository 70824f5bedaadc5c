package dev.baton.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.Person;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.operations.OperationsJson.Case;
import dev.baton.operations.OperationsJson.Incident;
import dev.baton.operations.OperationsJson.PersonRef;
import dev.baton.operations.OperationsJson.RequestRow;
import dev.baton.operations.OperationsJson.Step;
import dev.baton.requests.RequestSearch;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One request as the console shows it: where it waits and for whom (candidates from the
 * engine, so a suspended request's are shown too), its incidents, where it is in the
 * model and which actions fit its state.
 */
@Component
class RequestCases {

	private final RequestSearch search;

	private final RequestRows rows;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ProcessCatalog catalog;

	RequestCases(RequestSearch search, RequestRows rows, RuntimeService runtimeService, TaskService taskService,
			ProcessCatalog catalog) {
		this.search = search;
		this.rows = rows;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.catalog = catalog;
	}

	/** The request, 404 when there is none. */
	RequestSearch.Hit find(String requestId) {
		return search.find(requestId).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "request.notFound"));
	}

	Case view(String requestId) {
		RequestSearch.Hit hit = find(requestId);
		RequestRow row = rows.of(hit);
		if (!hit.running()) {
			return new Case(row, hit.processDefinitionId(), List.of(), List.of(), List.of());
		}
		String instance = hit.processInstanceId();
		ProcessCatalog.ProcessInfo process = catalog.of(hit.processDefinitionId());
		Locale locale = LocaleContextHolder.getLocale();
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceId(instance)
			.orderByTaskCreateTime()
			.asc()
			.list();
		Map<Task, List<IdentityLink>> candidates = new java.util.LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		for (Task task : tasks) {
			List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.toList();
			candidates.put(task, links);
			links.stream().map(IdentityLink::getUserId).filter(id -> id != null).forEach(ids::add);
			if (task.getAssignee() != null) {
				ids.add(task.getAssignee());
			}
		}
		Map<String, Person> people = rows.people(ids);
		List<Step> steps = new ArrayList<>();
		candidates.forEach((task, links) -> steps.add(rows.step(process, task, people,
				links.stream().map(link -> candidate(link, people)).toList(), locale)));
		List<Incident> incidents = runtimeService.createIncidentQuery()
			.processInstanceId(instance)
			.orderByIncidentTimestamp()
			.asc()
			.list()
			.stream()
			.map(incident -> new Incident(incident.getId(), type(incident), incident.getActivityId(),
					RequestRows.stepName(process, incident.getActivityId(), null, locale),
					incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
					Incidents.retryable(incident)))
			.toList();
		RequestRow withSteps = new RequestRow(row.id(), row.processKey(), row.processName(), row.title(), row.status(),
				row.suspended(), row.initiator(), row.departmentName(), row.startedAt(), row.endedAt(), steps);
		List<String> active = List.copyOf(ActivePlaces.of(runtimeService.getActivityInstance(instance)).activityIds());
		return new Case(withSteps, hit.processDefinitionId(), incidents, active,
				actions(row.suspended(), !tasks.isEmpty(), incidents));
	}

	private static List<String> actions(boolean suspended, boolean hasTasks, List<Incident> incidents) {
		if (suspended) {
			return List.of("resume", "cancel");
		}
		List<String> actions = new ArrayList<>();
		if (hasTasks) {
			actions.add("reassign");
		}
		if (incidents.stream().anyMatch(Incident::retryable)) {
			actions.add("retry");
		}
		actions.addAll(List.of("jump", "suspend", "cancel"));
		return actions;
	}

	private static String type(org.camunda.bpm.engine.runtime.Incident incident) {
		String reason = Incidents.reason(incident);
		return "failedJob".equals(reason) ? "failedJob" : "noApprover".equals(reason) ? Incidents.NO_APPROVER : "other";

	}

	/** A candidate user, or a candidate group (a department or role) named by its id. */
	private static PersonRef candidate(IdentityLink link, Map<String, Person> people) {
		return link.getUserId() != null ? RequestRows.ref(link.getUserId(), people)
				: new PersonRef(link.getGroupId(), link.getGroupId(), true);
	}

}
