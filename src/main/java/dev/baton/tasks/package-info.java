/**
 * What approvers do all day: task lists by role and every approval action. It owns the
 * approval ledger, the append-only record of every decision (who, when, which step, what,
 * comment, a hash of the submitted data), including the ones an approver rule took on its
 * own. The {@link dev.baton.tasks.Inbox} answers task lists from Baton's own read model
 * of the engine's open tasks, kept in step with the engine in its transaction (see
 * docs/performance.md). It announces a return as {@link dev.baton.tasks.RequestReturned}
 * and the people a comment mentions ({@code @张伟(zhangwei)}) as
 * {@link dev.baton.tasks.PeopleMentioned}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package dev.baton.tasks;
