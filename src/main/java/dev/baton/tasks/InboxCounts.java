package dev.baton.tasks;

/**
 * The inbox badges.
 *
 * @param assigned open tasks assigned to the user
 * @param candidate open unassigned tasks the user may claim
 */
public record InboxCounts(long assigned, long candidate) {
}
