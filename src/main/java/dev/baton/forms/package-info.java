/**
 * The forms people fill in, and the rule that the server never trusts the browser.
 * <p>
 * form-js validates only in the browser, and the Camunda engine stores whatever variables
 * a caller sends. Anyone with a session and {@code curl} could therefore skip a required
 * field, set an amount below a threshold, overwrite a value shown read-only, or set
 * Baton's own variables ({@code initiator}, {@code baton*}). This module closes that gap:
 * every submission (starting a request, completing a task) is checked against the form
 * that the process version actually deployed, and only what the form allows is handed
 * back to be stored.
 * <ul>
 * <li>{@link dev.baton.forms.FormSchemas} reads the deployed form of a process version or
 * a task;</li>
 * <li>{@link dev.baton.forms.SubmissionValidator} checks submitted data against it and
 * answers the variables to store, or a 400 problem that lists every offending field at
 * once.</li>
 * </ul>
 * Conditions ({@code conditional.hide}) and computed {@code expression} fields are
 * evaluated with the FEEL engine that ships with Camunda, like form-js does in the
 * browser; computed values are always recomputed here. The rules are listed on
 * {@link dev.baton.forms.SubmissionValidator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package dev.baton.forms;
