package dev.baton.forms;

import java.util.Map;

/**
 * A submission that passed validation.
 *
 * @param variables the process variables to set (plain values: strings, numbers, booleans, lists and maps)
 * @param dataHash  SHA-256 (hex) of the submitted data, for the approval ledger
 */
public record ValidatedSubmission(Map<String, Object> variables, String dataHash) {
}
