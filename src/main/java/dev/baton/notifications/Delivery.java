package dev.baton.notifications;

import java.time.Duration;

/** What became of one delivery attempt. */
public sealed interface Delivery {

	/** Delivered; the row is done. */
	record Sent() implements Delivery {
	}

	/**
	 * Not delivered this time (the server is down, answered an error that may pass).
	 * Retried with exponential backoff until the attempts run out, then failed for an
	 * administrator to see.
	 */
	record Failed(String reason) implements Delivery {
	}

	/**
	 * Not tried or refused for now for a reason that is not a failure (the platform's
	 * rate limit): tried again after the given time without using up an attempt.
	 */
	record Later(Duration after, String reason) implements Delivery {
	}

	/** Can never be delivered (no address, the channel was removed); failed at once. */
	record Undeliverable(String reason) implements Delivery {
	}

}
