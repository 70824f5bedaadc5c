package dev.baton.requests;

/** Where a request stands; stored as the name in {@code baton_request.status}. */
enum RequestStatus {

	RUNNING, COMPLETED, REJECTED, WITHDRAWN,
	/**
	 * Deleted by an administrator (or any other cancellation that is not the initiator's
	 * withdrawal).
	 */
	CANCELLED

}
