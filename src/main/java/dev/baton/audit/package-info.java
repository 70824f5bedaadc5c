/**
 * Who decided what: the audit view over the approval ledger for administrators and
 * auditors — searched by person, request, process, decision and period, exported to Excel
 * or CSV, and its hash chain verified. Changes that concern no request (a process model
 * published, rolled back or discarded; a person, department or role created, changed,
 * deactivated; a password reset; an import; the settings) are written to the same ledger
 * by {@link dev.baton.audit.AuditTrail} as the modules announce them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package dev.baton.audit;
