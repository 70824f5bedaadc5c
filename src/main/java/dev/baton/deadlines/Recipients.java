package dev.baton.deadlines;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who works a task now: its assignee, or, while nobody has claimed it, its candidate
 * users and groups.
 */
record Recipients(List<String> users, List<String> groups) {

	static Recipients of(Task task, TaskService taskService) {
		if (task.getAssignee() != null) {
			return new Recipients(List.of(task.getAssignee()), List.of());
		}
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
		return new Recipients(List.copyOf(users), List.copyOf(groups));
	}

}
