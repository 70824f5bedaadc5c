package dev.baton.deadlines;

import dev.baton.engine.StepDeadlineStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a deadline row when a task opens on a step with a deadline, in the engine's
 * transaction.
 */
@Component
class DeadlineStarts {

	private final DeadlineRows rows;

	DeadlineStarts(DeadlineRows rows) {
		this.rows = rows;
	}

	@EventListener
	void on(StepDeadlineStarted started) {
		rows.insert(started);
	}

}
