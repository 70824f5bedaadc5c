package dev.baton.tasks;

import java.util.List;

/**
 * Who may claim an open task (and still may once it is claimed): its candidate users and
 * candidate groups (departments and roles).
 */
public record TaskCandidates(List<String> userIds, List<String> groupIds) {

	public static final TaskCandidates NONE = new TaskCandidates(List.of(), List.of());

	public TaskCandidates {
		userIds = List.copyOf(userIds);
		groupIds = List.copyOf(groupIds);
	}

}
