/**
 * Process models and their versions. A published version is exactly one Camunda
 * deployment holding the BPMN and every form it references, so a running request always
 * sees the forms of the version it started on. At startup the shipped models in
 * {@code processes/} and {@code forms/} are published the same way, but never over a
 * version a designer published.
 * <p>
 * The process designer's backend lives here too ({@code /api/modeling/processes},
 * designers and administrators only, see docs/api.md): drafts saved on the server with a
 * revision per save (tables {@code baton_modeling_*}), Baton's checks before publishing
 * (approver rules resolved in today's organisation for a sample initiator, the fields
 * conditions read, reachability and ends), the engine's own verdict from a deployment
 * that is rolled back, a preview of the route a request would take, publish, versions,
 * diff and rollback.
 * <p>
 * API for other modules: {@link dev.baton.modeling.ProcessPublisher} and
 * {@link dev.baton.modeling.ProcessBundle} (deploy a model with its forms) and
 * {@link dev.baton.modeling.ProcessCatalog} (names and steps of a deployed version) and
 * {@link dev.baton.modeling.PublishedRoutes} (the route preview of a published process).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeling")
package dev.baton.modeling;
