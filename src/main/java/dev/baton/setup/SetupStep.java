package dev.baton.setup;

import java.util.Map;

/**
 * One item of the getting-started checklist. Modules declare their items as beans; the
 * checklist collects every bean of this type. The web app names an item by
 * {@code setup.steps.<id>.title} and {@code .hint} in its messages, and links to
 * {@link #link()}.
 */
public interface SetupStep {

	/** Stable id, e.g. {@code organisation}; also the key of its texts in the web app. */
	String id();

	/**
	 * Position in the checklist, lowest first (organisation 20, approvers 30, logins 40).
	 */
	int order();

	/** The web app's page where the item is done, e.g. {@code /admin/org}. */
	String link();

	/**
	 * Whether the item is done now, read from the real state, and what the page shows.
	 */
	Status status();

	/**
	 * @param done the item ticks itself
	 * @param facts what the checklist shows about it (counts, names), as JSON
	 */
	record Status(boolean done, Map<String, Object> facts) {

		public static Status of(boolean done) {
			return new Status(done, Map.of());
		}
	}

}
