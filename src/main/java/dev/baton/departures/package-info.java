/**
 * Someone leaves (离职交接): what still depends on them — open tasks they hold, people they
 * manage, departments they head, roles nobody else holds, approver rules that name them —
 * and handing all of it to a successor in one step, before they are marked as left.
 * <p>
 * A module of its own because a departure crosses modules: the organisation (directory),
 * the open tasks and their ledger (tasks) and the published processes' approver rules
 * (modeling). It only calls their public APIs; each change is recorded where that module
 * records it (a transfer by the administrator in the approval ledger for each task).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Departures")
package dev.baton.departures;
