package dev.baton.forms;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks data submitted from a form against the form that the process version deployed,
 * before anything reaches the engine. It never writes anything itself.
 * <p>
 * A refused submission throws {@link dev.baton.web.ProblemException} 400
 * ({@code forms.submission.invalid}) listing <em>every</em> offending field at once, each
 * with its path ({@code title}, {@code items[2].quantity}, {@code handoffChecklist[0]})
 * and a message naming the field's label in the caller's language. The rules:
 * <ul>
 * <li><b>Only the form's fields.</b> A key that is not bound by an input component of
 * this form is refused ({@code forms.field.unknown}), inside list items too. Baton's and
 * the engine's own variables ({@code initiator}, {@code baton*}, multi-instance counters)
 * are refused even when a form binds them ({@code forms.field.reserved}); such a form
 * field is never stored or computed.</li>
 * <li><b>Read-only stays read-only.</b> form-js submits the values of {@code readonly}
 * fields, so a read-only (or {@code disabled}) field may be sent back, but only with
 * exactly the value the request holds now ({@code current}; numbers compare by value, a
 * missing value equals {@code null}); any other value is refused
 * ({@code forms.field.readonly}). Read-only values are never written: a top-level
 * variable is left untouched, and inside a list the stored row keeps the current value. A
 * {@code readonly} FEEL expression counts as true when it is true over the current
 * variables or over the current variables with the submission applied.</li>
 * <li><b>Plain JSON, in the shape of the field.</b> Text fields take strings, numbers
 * take JSON numbers (never numeric strings, unless the field has
 * {@code serializeToString}), checkboxes booleans, selects and radios one offered value,
 * checklists and taglists a list of offered values, dynamic lists a list of objects with
 * the list's own field keys, groups with a {@code path} an object. Anything else - a map
 * with {@code "@class"} in a text field, a Camunda-style
 * {@code {"type":"Object","valueInfo":{...}}} value - is refused. {@code null} clears an
 * optional field.</li>
 * <li><b>The form's validation</b>, as form-js does it: {@code required} (a checkbox must
 * be ticked, a list must not be empty, an empty string is missing; the value the request
 * already holds counts when the field is not sent), {@code min}/{@code max},
 * {@code minLength}/{@code maxLength} (on the trimmed text), {@code pattern} (found
 * anywhere in the text, like JavaScript's {@code RegExp.test}, with a step budget against
 * catastrophic backtracking), {@code validationType} email/phone, number
 * {@code decimalDigits} and {@code increment}, dates {@code yyyy-MM-dd}, times
 * {@code HH:mm} with an optional offset or {@code Z}, and {@code disallowPassedDates}.
 * Validation values written as FEEL expressions are evaluated.</li>
 * <li><b>Hidden fields are not submitted</b>, like in form-js: a field (or group, or
 * list) whose {@code conditional.hide} is true is not required, and whatever was sent for
 * it is dropped without a check. Conditions see the current variables with the submission
 * applied, except for values the client cannot change (read-only, disabled and computed
 * fields, unknown keys), which they see as they are now: a value that is refused anyway
 * cannot hide a required field. Inside list rows, {@code this}, {@code parent} and
 * {@code i} work as in form-js.</li>
 * <li><b>Computed fields are computed here.</b> The value of an {@code expression} field
 * is never taken from the client: form-js sends it, so the key is accepted, but the
 * stored value is always the server's own FEEL result over the stored data.</li>
 * <li><b>Limits:</b> at most 200 keys in the submission (else 400
 * {@code forms.submission.tooManyFields} at once) and in any object, strings of at most
 * 10,000 characters, lists of at most 500 entries.</li>
 * </ul>
 * A form that cannot be found is treated as a form without fields: only empty data
 * passes.
 */
public interface SubmissionValidator {

	/**
	 * Validates start data against the start form of that process version.
	 * @return the variables to store and the hash of the data
	 * @throws dev.baton.web.ProblemException 400 listing every offending field
	 */
	ValidatedSubmission validateStart(String processDefinitionId, Map<String, Object> data);

	/**
	 * Validates data submitted for a task against that task's form.
	 * @param current the process variables now, for read-only comparisons, conditions,
	 * computed fields and required fields that are not sent again
	 * @param enforceRequired {@code false} for reject and return: required fields may
	 * then stay empty, every other rule still applies to the values that are sent
	 * @throws dev.baton.web.ProblemException 400 listing every offending field
	 */
	ValidatedSubmission validateTask(String taskId, Map<String, Object> data, Map<String, Object> current,
			boolean enforceRequired);

	/**
	 * As {@link #validateTask(String, Map, Map, boolean)}, for an open task already
	 * loaded (its form is then read without loading it again).
	 */
	ValidatedSubmission validateTask(org.camunda.bpm.engine.task.Task task, Map<String, Object> data,
			Map<String, Object> current, boolean enforceRequired);

	/**
	 * What a start with this (not yet deployed) start form would store for the data, for
	 * a route preview: valid values as they would be stored and computed fields computed
	 * by the server, as on a real start. Nothing is refused: invalid or unknown values
	 * are left out, missing required fields are not an error.
	 */
	Map<String, Object> sampleValues(JsonNode startFormSchema, Map<String, Object> data);

}
