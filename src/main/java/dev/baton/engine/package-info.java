/**
 * The only place that configures the Camunda 7 engine: database requirements, history,
 * plugins and the safety policy that every deployment passes (docs/safety-policy.md; a
 * refusal is a {@link dev.baton.engine.SafetyPolicyException} listing each
 * {@link dev.baton.engine.PolicyViolation}). Other modules use the engine's services, but
 * never change how the engine itself behaves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package dev.baton.engine;
