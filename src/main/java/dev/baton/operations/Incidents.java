package dev.baton.operations;

import org.camunda.bpm.engine.runtime.Incident;

/** What kind of incident the console shows, and which it can retry. */
final class Incidents {

	/** Baton's incident for a step whose approver rule found nobody (module engine). */
	static final String NO_APPROVER = "baton-no-approver";

	private Incidents() {
	}

	/** {@code failedJob}, {@code noApprover} or {@code incident} (anything else). */
	static String reason(Incident incident) {
		return switch (incident.getIncidentType()) {
			case Incident.FAILED_JOB_HANDLER_TYPE -> "failedJob";
			case NO_APPROVER -> "noApprover";
			default -> "incident";
		};
	}

	/**
	 * A failed job runs again with a retry; a step that found no approver is entered
	 * again (its rule asks the organisation anew).
	 */
	static boolean retryable(Incident incident) {
		return Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
				|| NO_APPROVER.equals(incident.getIncidentType());
	}

}
