/**
 * Process models and their versions. A published version is exactly one Camunda deployment
 * holding the BPMN and every form it references, so a running request always sees the forms
 * of the version it started on. At startup the shipped models in {@code processes/} and
 * {@code forms/} are published the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeling")
package dev.baton.modeling;
