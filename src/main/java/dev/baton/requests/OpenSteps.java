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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

	OpenSteps(TaskService taskService, Directory directory) {
		this.taskService = taskService;
		this.directory = directory;
	}

	List<OpenStep> of(String processInstanceId) {
		List<OpenStep> steps = new ArrayList<>();
		for (Task task : taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.orderByTaskCreateTime()
			.asc()
			.orderByTaskId()
			.asc()
			.list()) {
			List<String> users = new ArrayList<>();
			List<String> groups = new ArrayList<>();
			for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
				if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
					continue;
				}
				if (link.getUserId() != null) {
					users.add(link.getUserId());
				}
				else if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
			steps.add(new OpenStep(task, users, groups));
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
