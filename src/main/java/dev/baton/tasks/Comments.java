package dev.baton.tasks;

import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Approvers' comments: optional unless an action needs one, and never longer than the
 * ledger keeps.
 */
final class Comments {

	static final int MAX_LENGTH = 2000;

	private Comments() {
	}

	static String optional(String comment) {
		if (comment != null && comment.length() > MAX_LENGTH) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.comment.tooLong");
		}
		return comment;
	}

	static String required(String comment) {
		if (comment == null || comment.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.comment.required");
		}
		return optional(comment);
	}

}
