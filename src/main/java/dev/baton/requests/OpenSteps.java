package dev.baton.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.camunda.bpm.engine.TaskService;
import dev.baton.tasks.Inbox;
import dev.baton.tasks.TaskCandidates;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of requests and who may work on them. */
@Component
class OpenSteps {

	/**
	 * An open task with its candidate users and groups (a claimed task may still have
	 * candidates).
	 */
	record OpenStep(Task task, List<String> candidateUserIds, List<String> candidateGroupIds) {

		/** Whether the person has this task or could claim it. */
		boolean concerns(String userId, Collection<String> groupIds) {
			return userId.equals(task.getAssignee()) || candidateUserIds.contains(userId)
					|| candidateGroupIds.stream().anyMatch(groupIds::contains);
		}
	}

	private final TaskService taskService;

	private final Directory directory;

	private final Inbox inbox;

	OpenSteps(TaskService taskService, Directory directory, Inbox inbox) {
		this.taskService = taskService;
		this.directory = directory;
		this.inbox = inbox;
	}

	/**
	 * The request's open tasks (one engine query) with their candidates (one query of the
	 * inbox read model, which holds the engine's candidate links of every open task).
	 */
	List<OpenStep> of(String processInstanceId) {
		List<Task> tasks = taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.orderByTaskCreateTime()
			.asc()
			.orderByTaskId()
			.asc()
			.list();
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<String, TaskCandidates> candidates = inbox.candidatesOf(tasks.stream().map(Task::getId).toList());
		List<OpenStep> steps = new ArrayList<>();
		for (Task task : tasks) {
			TaskCandidates of = candidates.getOrDefault(task.getId(), TaskCandidates.NONE);
			steps.add(new OpenStep(task, of.userIds(), of.groupIds()));
		}
		return steps;
	}

	/** The open tasks of many requests at once (one query), by process instance. */
	Map<String, List<Task>> tasksOf(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return taskService.createTaskQuery()
			.processInstanceIdIn(processInstanceIds.toArray(String[]::new))
			.orderByTaskCreateTime()
			.asc()
			.orderByTaskId()
			.asc()
			.list()
			.stream()
			.collect(Collectors.groupingBy(Task::getProcessInstanceId));
	}

	/**
	 * Who is expected to act on the step: its assignee, or while nobody has claimed it,
	 * its candidates.
	 */
	List<String> people(OpenStep step) {
		return step.task().getAssignee() != null ? List.of(step.task().getAssignee()) : candidates(step);
	}

	/**
	 * The candidates to show for the step: candidate users and the members of candidate
	 * groups.
	 */
	List<String> candidates(OpenStep step) {
		Set<String> people = new LinkedHashSet<>(step.candidateUserIds());
		for (String group : step.candidateGroupIds()) {
			// the engine's groups are departments and roles (an id is never both); only
			// active people
			directory.holdersOf(group).stream().map(Person::id).forEach(people::add);
			directory.activeMembers(group).stream().map(Person::id).forEach(people::add);
		}
		return List.copyOf(people);
	}

}
