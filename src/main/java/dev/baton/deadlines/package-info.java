/**
 * Deadlines of approval steps: reminders before a task is due and while it is overdue,
 * and escalation when it stays overdue (tell the approver's manager, give the task to the
 * manager, approve or reject it) — as the step's designer chose
 * ({@code baton.deadline.*}, see {@link dev.baton.engine.StepDeadline}).
 * <p>
 * A module of its own because it acts on tasks on its own, later, on every node: when a
 * task opens on a step with a deadline (the engine has given it a due date from the
 * business calendar, {@link dev.baton.engine.StepDeadlineStarted}) a row with the time of
 * its next action is written in the same transaction;
 * {@link dev.baton.deadlines.DeadlineRunner} picks due rows by that indexed time on a
 * schedule, claims each with a conditional UPDATE so that two nodes act once, and acts in
 * one transaction with its ledger row. Rows survive restarts; a row whose task has ended
 * is removed when it comes due.
 * <p>
 * It tells others through events published synchronously inside that transaction:
 * {@link dev.baton.deadlines.TaskDueSoon}, {@link dev.baton.deadlines.TaskOverdue} and
 * {@link dev.baton.deadlines.TaskEscalated}, each with the task, its request and step and
 * the people to tell (module notifications turns them into messages). What a rule did to
 * a task is written to the approval ledger as a {@code deadline-*} decision without an
 * actor, so the request's timeline shows it as done by the rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package dev.baton.deadlines;
