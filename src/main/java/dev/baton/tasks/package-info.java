/**
 * What approvers do all day: task lists by role and every approval action. It owns the approval
 * ledger, the append-only record of every decision (who, when, which step, what, comment, a hash
 * of the submitted data), including the ones an approver rule took on its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package dev.baton.tasks;
