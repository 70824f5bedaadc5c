/**
 * The only place that configures the Camunda 7 engine: database requirements, history,
 * plugins and (later) the safety policy in the parse phase. Other modules use the engine's
 * services, but never change how the engine itself behaves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package dev.baton.engine;
