package dev.baton.tasks;

/**
 * A step changed one of the fields of its request's summary (the initiator resubmitted a
 * returned purchase with another total, procurement entered the supplier). Published
 * synchronously in the transaction of the decision; the inbox and the requests module
 * store the new summary with it.
 *
 * @param summary the summary's values as {@link dev.baton.engine.RequestSummaryValues}
 * stores them, {@code null} when none is left
 */
public record RequestSummaryChanged(String processInstanceId, String summary) {
}
