package dev.baton.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * The inbox: a user's open tasks, read from Baton's own read model of the engine's open
 * tasks (kept in step with the engine in the engine's transaction), so that a page and
 * its counts answer in milliseconds at 100,000 open tasks. Who may see what is the
 * caller's business: pass the user and their groups
 * ({@code Directory.groupIdsOf(userId)}: department and roles).
 */
public interface Inbox {

	/** Open tasks whose assignee is the user. */
	InboxPage assigned(String userId, InboxFilter filter);

	/**
	 * Open tasks nobody is assigned to, where the user is a candidate user or one of the
	 * groups is a candidate group: the tasks the user may claim.
	 */
	InboxPage claimable(String userId, Collection<String> groupIds, InboxFilter filter);

	/**
	 * Both at once ({@code scope=all-mine}): assigned to the user, or claimable by them.
	 */
	InboxPage mine(String userId, Collection<String> groupIds, InboxFilter filter);

	/** The badge counts: tasks assigned to the user, and tasks they may claim. */
	InboxCounts counts(String userId, Collection<String> groupIds);

	/**
	 * The candidates of open tasks, in one query: the read model's copy of the engine's
	 * candidate identity links, written in the engine's transaction. A task without
	 * candidates (or not open) is left out.
	 */
	Map<String, TaskCandidates> candidatesOf(Collection<String> taskIds);

}
