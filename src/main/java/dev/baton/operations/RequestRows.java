package dev.baton.operations;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.operations.OperationsJson.LocalizedText;
import dev.baton.operations.OperationsJson.PersonRef;
import dev.baton.operations.OperationsJson.RequestRow;
import dev.baton.operations.OperationsJson.Step;
import dev.baton.requests.RequestSearch;
import dev.baton.web.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Requests as the console shows them: process name, initiator and their department, the
 * steps they wait at and whether they are suspended, with a few queries for a whole page.
 */
@Component
class RequestRows {

	private final ProcessCatalog catalog;

	private final Directory directory;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final Messages messages;

	RequestRows(ProcessCatalog catalog, Directory directory, TaskService taskService, RuntimeService runtimeService,
			Messages messages) {
		this.catalog = catalog;
		this.directory = directory;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.messages = messages;
	}

	List<RequestRow> of(List<RequestSearch.Hit> hits) {
		if (hits.isEmpty()) {
			return List.of();
		}
		List<String> running = hits.stream()
			.filter(RequestSearch.Hit::running)
			.map(RequestSearch.Hit::processInstanceId)
			.toList();
		Map<String, List<Task>> tasks = running.isEmpty() ? Map.of()
				: taskService.createTaskQuery()
					.processInstanceIdIn(running.toArray(String[]::new))
					.orderByTaskCreateTime()
					.asc()
					.list()
					.stream()
					.collect(Collectors.groupingBy(Task::getProcessInstanceId));
		Set<String> suspended = running.isEmpty() ? Set.of()
				: runtimeService.createProcessInstanceQuery()
					.processInstanceIds(new HashSet<>(running))
					.suspended()
					.list()
					.stream()
					.map(ProcessInstance::getId)
					.collect(Collectors.toSet());
		Set<String> ids = new HashSet<>();
		hits.forEach(hit -> ids.add(hit.initiatorId()));
		tasks.values().forEach(list -> list.forEach(task -> {
			if (task.getAssignee() != null) {
				ids.add(task.getAssignee());
			}
		}));
		Map<String, Person> people = people(ids);
		Map<String, Department> departments = directory.departments()
			.stream()
			.collect(Collectors.toMap(Department::id, Function.identity()));
		Locale locale = LocaleContextHolder.getLocale();
		return hits.stream().map(hit -> {
			ProcessCatalog.ProcessInfo process = catalog.of(hit.processDefinitionId());
			Person initiator = people.get(hit.initiatorId());
			Department department = initiator == null ? null : departments.get(initiator.departmentId());
			List<Step> steps = tasks.getOrDefault(hit.processInstanceId(), List.of())
				.stream()
				.map(task -> step(process, task, people, List.of(), locale))
				.toList();
			return new RequestRow(hit.id(), hit.processKey(), text(process.name()),
					title(hit, process, initiator, locale), hit.status(), suspended.contains(hit.processInstanceId()),
					ref(hit.initiatorId(), people),
					department == null ? null
							: ProcessCatalog.Localized.isEnglish(locale) ? department.nameEn() : department.nameZh(),
					hit.startedAt(), hit.endedAt(), steps);
		}).toList();
	}

	RequestRow of(RequestSearch.Hit hit) {
		return of(List.of(hit)).get(0);
	}

	Step step(ProcessCatalog.ProcessInfo process, Task task, Map<String, Person> people, List<PersonRef> candidates,
			Locale locale) {
		return new Step(task.getTaskDefinitionKey(),
				stepName(process, task.getTaskDefinitionKey(), task.getName(), locale), task.getId(),
				task.getAssignee() == null ? null : ref(task.getAssignee(), people), candidates,
				task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}

	static String stepName(ProcessCatalog.ProcessInfo process, String stepId, String engineName, Locale locale) {
		if (stepId != null && process.steps().containsKey(stepId)) {
			return process.step(stepId).in(locale);
		}
		return engineName != null ? engineName : stepId;
	}

	Map<String, Person> people(Collection<String> ids) {
		return directory.people(ids).stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
	}

	static PersonRef ref(String id, Map<String, Person> people) {
		Person person = people.get(id);
		return person == null ? new PersonRef(id, id, false)
				: new PersonRef(person.id(), person.displayName(), person.active());
	}

	private String title(RequestSearch.Hit hit, ProcessCatalog.ProcessInfo process, Person initiator, Locale locale) {
		if (hit.title() != null) {
			return hit.title();
		}
		return messages.get(locale, "request.title.default", process.name().in(locale),
				initiator == null ? hit.initiatorId() : initiator.displayName());
	}

	private static LocalizedText text(ProcessCatalog.Localized localized) {
		return localized == null ? null : new LocalizedText(localized.zh(), localized.en());
	}

}
