package dev.baton.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an e-mail or robot row of the outbox says: the notice's facts, rendered into the
 * reader's language only when it is sent.
 *
 * @param people whom a robot message is about (the people to @mention), in the order they
 * were told; for an e-mail the recipient alone
 * @param items for a digest, its notices
 * @param more for a digest, how many notices did not fit
 */
record DeliveryPayload(String kind, String eventKey, String requestId, String processKey, String taskId, String title,
		String stepName, String actorId, String comment, String link, List<String> people, List<DigestItem> items,
		int more) {

	/** The kind of a digest: one e-mail summing up several notices. */
	static final String DIGEST = "DIGEST";

	/** One notice in a digest. */
	record DigestItem(String kind, String title, String stepName, String link) {
	}

	/** Payloads written by a later version may carry more: read what is known. */
	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	/** A comment is cut to this length so that a payload fits its row. */
	private static final int MAX_COMMENT = 1000;

	private static final int MAX_PEOPLE = 50;

	DeliveryPayload {
		people = people == null ? List.of() : List.copyOf(people);
		items = items == null ? List.of() : List.copyOf(items);
	}

	static DeliveryPayload of(Notice notice) {
		String comment = notice.comment();
		if (comment != null && comment.length() > MAX_COMMENT) {
			comment = comment.substring(0, MAX_COMMENT) + "…";
		}
		return new DeliveryPayload(notice.kind().name(), notice.eventKey(), notice.requestId(), notice.processKey(),
				notice.taskId(), cut(notice.title(), 500), cut(notice.stepName(), 200), notice.actorId(), comment,
				cut(notice.link(), 500), List.of(notice.recipientId()), List.of(), 0);
	}

	/**
	 * A digest of the notices, as many as fit a row; the rest are counted in
	 * {@code more}.
	 */
	static DeliveryPayload digest(String eventKey, String recipientId, List<Notice> notices) {
		List<DigestItem> items = new ArrayList<>();
		int budget = 6000;
		for (Notice notice : notices) {
			DigestItem item = new DigestItem(notice.kind().name(), cut(notice.title(), 200),
					cut(notice.stepName(), 100), notice.link());
			int size = String.valueOf(item).length() + 40;
			if (size > budget) {
				break;
			}
			budget -= size;
			items.add(item);
		}
		return new DeliveryPayload(DIGEST, eventKey, null, null, null, null, null, null, null, "/notifications",
				List.of(recipientId), items, notices.size() - items.size());
	}

	@JsonIgnore
	boolean isDigest() {
		return DIGEST.equals(kind);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
	}

	/** The same message about one more person (a robot message for a group's task). */
	DeliveryPayload with(String personId) {
		if (people.contains(personId) || people.size() >= MAX_PEOPLE) {
			return this;
		}
		List<String> more = new ArrayList<>(new LinkedHashSet<>(people));
		more.add(personId);
		return new DeliveryPayload(kind, eventKey, requestId, processKey, taskId, title, stepName, actorId, comment,
				link, more, items, this.more);
	}

	String json() {
		try {
			return JSON.writeValueAsString(this);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static DeliveryPayload parse(String json) {
		try {
			return JSON.readValue(json, DeliveryPayload.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("Not a delivery payload", e);
		}
	}

}
