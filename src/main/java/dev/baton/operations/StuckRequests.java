package dev.baton.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.operations.OperationsJson.HelpRow;
import dev.baton.operations.OperationsJson.RequestRow;
import dev.baton.requests.RequestSearch;
import dev.baton.web.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The requests that need an administrator, each with why in plain words: an incident (a
 * failed job, a step that found no approver), a step whose assignee has left, a step
 * nobody can claim (no candidates, or only people who have left), a step past its due
 * time, a suspended request. Each kind is looked up with one bounded engine query.
 */
@Component
class StuckRequests {

	/** Rows of each kind at most: a console page, not an export. */
	static final int LIMIT = 200;

	/**
	 * An engine reason found at a process instance, before it is joined to its request.
	 */
	private record Finding(String processInstanceId, String reason, String stepId, String engineStepName, String taskId,
			String incidentId, String personId, Date since, String detail) {
	}

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final Directory directory;

	private final WaitingPeople waiting;

	private final UnclaimableSteps unclaimable;

	private final RequestSearch search;

	private final RequestRows rows;

	private final ProcessCatalog catalog;

	private final Messages messages;

	StuckRequests(RuntimeService runtimeService, TaskService taskService, Directory directory, WaitingPeople waiting,
			UnclaimableSteps unclaimable, RequestSearch search, RequestRows rows, ProcessCatalog catalog,
			Messages messages) {
		this.unclaimable = unclaimable;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.directory = directory;
		this.waiting = waiting;
		this.search = search;
		this.rows = rows;
		this.catalog = catalog;
		this.messages = messages;
	}

	List<HelpRow> list() {
		List<Finding> findings = new ArrayList<>();
		incidents(findings);
		assigneesWhoLeft(findings);
		nobodyToClaim(findings);
		overdue(findings);
		suspended(findings);
		return rows(findings);
	}

	private void incidents(List<Finding> findings) {
		for (Incident incident : runtimeService.createIncidentQuery()
			.orderByIncidentTimestamp()
			.desc()
			.listPage(0, LIMIT)) {
			findings.add(new Finding(incident.getProcessInstanceId(), Incidents.reason(incident),
					incident.getActivityId(), null, null, incident.getId(), null, incident.getIncidentTimestamp(),
					incident.getIncidentMessage()));
		}
	}

	private void assigneesWhoLeft(List<Finding> findings) {
		List<String> left = leftOf(waiting.assignees());
		if (left.isEmpty()) {
			return;
		}
		for (Task task : taskService.createTaskQuery()
			.taskAssigneeIn(left.toArray(String[]::new))
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, LIMIT)) {
			findings.add(task(task, "assigneeLeft", task.getAssignee(), task.getCreateTime()));
		}
	}

	private void nobodyToClaim(List<Finding> findings) {
		for (Task task : unclaimable.find(LIMIT)) {
			findings.add(task(task, "noCandidates", null, task.getCreateTime()));
		}
	}

	private void overdue(List<Finding> findings) {
		for (Task task : taskService.createTaskQuery()
			.active()
			.dueBefore(new Date())
			.orderByDueDate()
			.asc()
			.listPage(0, LIMIT)) {
			findings.add(task(task, "overdue", task.getAssignee(), task.getDueDate()));
		}
	}

	private void suspended(List<Finding> findings) {
		for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().suspended().listPage(0, LIMIT)) {
			findings.add(new Finding(instance.getId(), "suspended", null, null, null, null, null, null, null));
		}
	}

	private static Finding task(Task task, String reason, String personId, Date since) {
		return new Finding(task.getProcessInstanceId(), reason, task.getTaskDefinitionKey(), task.getName(),
				task.getId(), null, personId, since, null);
	}

	/** The people of these ids who have left. */
	private List<String> leftOf(List<String> ids) {
		return directory.people(ids).stream().filter(person -> !person.active()).map(Person::id).toList();
	}

	/**
	 * The findings joined to their requests (instances that are no request are left out).
	 */
	private List<HelpRow> rows(List<Finding> findings) {
		Set<String> instances = findings.stream()
			.map(Finding::processInstanceId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (instances.isEmpty()) {
			return List.of();
		}
		List<RequestSearch.Hit> hits = search.ofInstances(instances);
		Map<String, RequestSearch.Hit> byInstance = hits.stream()
			.collect(Collectors.toMap(RequestSearch.Hit::processInstanceId, Function.identity()));
		Map<String, RequestRow> requests = rows.of(hits)
			.stream()
			.collect(Collectors.toMap(RequestRow::id, Function.identity()));
		Map<String, Person> people = rows
			.people(findings.stream().map(Finding::personId).filter(id -> id != null).collect(Collectors.toSet()));
		Locale locale = LocaleContextHolder.getLocale();
		List<HelpRow> help = new ArrayList<>();
		for (Finding finding : findings) {
			RequestSearch.Hit hit = byInstance.get(finding.processInstanceId());
			if (hit == null) {
				continue;
			}
			ProcessCatalog.ProcessInfo process = catalog.of(hit.processDefinitionId());
			String stepName = finding.stepId() == null ? null
					: RequestRows.stepName(process, finding.stepId(), finding.engineStepName(), locale);
			String person = finding.personId() == null ? null : RequestRows.ref(finding.personId(), people).name();
			Instant since = finding.since() == null ? null : finding.since().toInstant();
			help.add(new HelpRow(requests.get(hit.id()), finding.reason(),
					messages.get(locale, "operations.why." + finding.reason(), stepName, person,
							finding.detail() == null ? "" : finding.detail()),
					finding.stepId(), stepName, finding.taskId(), finding.incidentId(),
					finding.personId() == null ? null : RequestRows.ref(finding.personId(), people), since));
		}
		return help;
	}

}
