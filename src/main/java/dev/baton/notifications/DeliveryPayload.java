package dev.baton.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an e-mail or robot row of the outbox says: the notice's facts, rendered into the
 * reader's language only when it is sent.
 *
 * @param people whom a robot message is about (the people to @mention), in the order they
 * were told; for an e-mail the recipient alone
 */
record DeliveryPayload(String kind, String eventKey, String requestId, String processKey, String taskId, String title,
		String stepName, String actorId, String comment, String link, List<String> people) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A comment is cut to this length so that a payload fits its row. */
	private static final int MAX_COMMENT = 1000;

	private static final int MAX_PEOPLE = 50;

	DeliveryPayload {
		people = people == null ? List.of() : List.copyOf(people);
	}

	static DeliveryPayload of(Notice notice) {
		String comment = notice.comment();
		if (comment != null && comment.length() > MAX_COMMENT) {
			comment = comment.substring(0, MAX_COMMENT) + "…";
		}
		return new DeliveryPayload(notice.kind().name(), notice.eventKey(), notice.requestId(), notice.processKey(),
				notice.taskId(), notice.title(), notice.stepName(), notice.actorId(), comment, notice.link(),
				List.of(notice.recipientId()));
	}

	NoticeKind noticeKind() {
		return NoticeKind.valueOf(kind);
	}

	/** The same message about one more person (a robot message for a group's task). */
	DeliveryPayload with(String personId) {
		if (people.contains(personId) || people.size() >= MAX_PEOPLE) {
			return this;
		}
		List<String> more = new ArrayList<>(new LinkedHashSet<>(people));
		more.add(personId);
		return new DeliveryPayload(kind, eventKey, requestId, processKey, taskId, title, stepName, actorId, comment,
				link, more);
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
