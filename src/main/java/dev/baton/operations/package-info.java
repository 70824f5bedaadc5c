/**
 * The administrator's console for requests that need help (运维): every request of the
 * company with filters an administrator needs (initiator, department, step, age), the
 * ones that are stuck or failed with the reason in plain words (an incident, a step whose
 * assignee has left or that nobody can claim, a step past its due time), and Baton's own
 * actions on a request: reassign a step, retry what failed, move the request to another
 * step, end it, suspend and resume it; and per process version, how many requests run on
 * it, and moving an old version's requests to the latest one after the engine's migration
 * check.
 * <p>
 * A module of its own because it is the one place where someone acts on a request without
 * being one of its approvers: every action needs a reason, is checked against what the
 * administrator saw (a request that changed meanwhile answers 409 saying what changed)
 * and is written to the approval ledger as an {@code admin-*} decision, so the request's
 * timeline tells its people what happened and why. The console never needs
 * {@code /engine-rest}. Over HTTP: {@code /api/admin/requests}, administrators only.
 * <p>
 * It exposes nothing to other modules; it reads requests through
 * {@link dev.baton.requests.RequestSearch}, writes the ledger through
 * {@link dev.baton.tasks.ApprovalLedger} and keeps the inbox right about suspended
 * requests through {@link dev.baton.tasks.InboxVisibility}; a migrated request follows
 * its new version through {@link dev.baton.requests.RequestVersions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package dev.baton.operations;
