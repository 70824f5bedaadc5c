package dev.baton.operations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Open steps nobody can take: no assignee, and no candidate at all, or only candidates
 * who have left and groups (departments, roles) without an active member.
 */
@Component
class UnclaimableSteps {

	private final TaskService taskService;

	private final Directory directory;

	private final WaitingPeople waiting;

	UnclaimableSteps(TaskService taskService, Directory directory, WaitingPeople waiting) {
		this.taskService = taskService;
		this.directory = directory;
		this.waiting = waiting;
	}

	/** Up to {@code limit} tasks of each kind, oldest first. */
	List<Task> find(int limit) {
		Map<String, Task> found = new LinkedHashMap<>();
		for (Task task : taskService.createTaskQuery()
			.taskUnassigned()
			.withoutCandidateUsers()
			.withoutCandidateGroups()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, limit)) {
			found.put(task.getId(), task);
		}
		Set<String> left = new HashSet<>(directory.people(waiting.candidatesOfUnclaimed())
			.stream()
			.filter(person -> !person.active())
			.map(Person::id)
			.toList());
		Set<String> empty = new HashSet<>();
		for (String group : waiting.candidateGroupsOfUnclaimed()) {
			if (directory.holdersOf(group).isEmpty() && directory.activeMembers(group).isEmpty()) {
				empty.add(group);
			}
		}
		List<Task> suspects = new ArrayList<>();
		for (String person : left) {
			suspects
				.addAll(taskService.createTaskQuery().taskUnassigned().taskCandidateUser(person).listPage(0, limit));
		}
		for (String group : empty) {
			suspects
				.addAll(taskService.createTaskQuery().taskUnassigned().taskCandidateGroup(group).listPage(0, limit));
		}
		for (Task task : suspects) {
			if (!found.containsKey(task.getId()) && nobodyAmong(task, left, empty)) {
				found.put(task.getId(), task);
			}
		}
		return List.copyOf(found.values());
	}

	/**
	 * Whether every candidate of the task is a person who left or a group without anyone.
	 */
	private boolean nobodyAmong(Task task, Set<String> left, Set<String> empty) {
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if ((link.getUserId() != null && !left.contains(link.getUserId()))
					|| (link.getGroupId() != null && !empty.contains(link.getGroupId()))) {
				return false;
			}
		}
		return true;
	}

}
