package dev.baton.forms;

import java.util.Map;

/**
 * Checks a submission on the server against the form the step shows, before anything reaches the
 * engine: unknown fields, read-only fields and engine-owned variables are refused.
 */
public interface SubmissionValidator {

    /**
     * Validates the data submitted with the start form of a process version.
     *
     * @return the process variables to start with and a hash of the submitted data for the ledger
     * @throws dev.baton.web.ProblemException 400 with one field problem per offending field
     */
    ValidatedSubmission validateStart(String processDefinitionId, Map<String, Object> data);
}
