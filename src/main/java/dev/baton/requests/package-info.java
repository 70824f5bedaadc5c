/**
 * Requests: the business view of a process instance, the way an employee thinks of it
 * ("my purchase request PR-20261122-0007, waiting for finance"). Starting one from a
 * form, listing mine / the ones I am involved in / the ones copied to me, "where is it
 * now" with its timeline, withdrawing and urging.
 * <p>
 * A module of its own because it owns data the engine does not keep in a form that lists
 * and searches fast: a row per request (human-readable id, title, initiator, status), the
 * people involved in it and the people it was copied to, all kept in step with the engine
 * in the same transaction (from {@link dev.baton.engine.ProcessEnded} and the engine's
 * task events). Decisions themselves stay in the approval ledger of the tasks module.
 * <p>
 * API for other modules: {@link dev.baton.requests.RequestCopies} (record that a request
 * was copied to people), {@link dev.baton.requests.RequestRemoval} (remove requests for
 * good, e.g. the demo company's), {@link dev.baton.requests.RequestHeadlines} (a
 * request's title and initiator by its process instance) and the events
 * {@link dev.baton.requests.RequestUrged}, {@link dev.baton.requests.RequestCopied},
 * {@link dev.baton.requests.RequestWithdrawn} and {@link dev.baton.requests.RequestEnded}
 * (for notifications). People mentioned in a comment on a request may read it, like the
 * people it was copied to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package dev.baton.requests;
