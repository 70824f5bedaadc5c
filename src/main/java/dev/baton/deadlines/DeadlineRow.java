package dev.baton.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import dev.baton.engine.StepDeadline.Escalation;
import dev.baton.engine.StepDeadline.OverdueReminder;

/**
 * One row of {@code baton_deadline}: a task's due time, its step's reminder and
 * escalation settings, and what was done so far. {@link #next()} is when the next action
 * is due; {@link #actAt(Instant)} what to do at a moment and the row after it.
 */
record DeadlineRow(String taskId, String processInstanceId, String businessKey, String processDefinitionId,
		String stepId, String stepName, Instant dueAt, Integer remindBeforeHours, OverdueReminder overdueReminder,
		Integer remindEveryHours, Escalation escalation, Integer escalateAfterHours, boolean remindedBefore,
		int overdueReminders, boolean escalated, int version) {

	/**
	 * What is due at a moment.
	 *
	 * @param overdueReminder 0 for none, else the number of the overdue reminder: 1 at
	 * the due time, 2 one interval later … (a runner that missed some skips their
	 * numbers)
	 */
	record Actions(boolean dueSoon, int overdueReminder, boolean escalate, DeadlineRow after) {

		boolean any() {
			return dueSoon || overdueReminder > 0 || escalate;
		}
	}

	/** When the next reminder or escalation is due; {@code null} when nothing is left. */
	Instant next() {
		Instant beforeDue = remindBeforeHours == null || remindedBefore ? null
				: dueAt.minus(Duration.ofHours(remindBeforeHours));
		Instant overdue = null;
		if (overdueReminder == OverdueReminder.ONCE && overdueReminders == 0) {
			overdue = dueAt;
		}
		else if (overdueReminder == OverdueReminder.REPEAT) {
			overdue = dueAt.plus(Duration.ofHours((long) remindEveryHours * overdueReminders));
		}
		Instant escalation = this.escalation == null || escalated ? null
				: dueAt.plus(Duration.ofHours(escalateAfterHours == null ? 0 : escalateAfterHours));
		return Stream.of(beforeDue, overdue, escalation)
			.filter(time -> time != null)
			.min(Instant::compareTo)
			.orElse(null);
	}

	/**
	 * What to do at {@code now}: the reminder before the due time (only while it is not
	 * yet due), one overdue reminder however many were missed (the next one counted from
	 * the due time, so a late runner does not send a burst), and the escalation.
	 */
	Actions actAt(Instant now) {
		boolean dueSoon = false;
		boolean nowRemindedBefore = remindedBefore;
		if (remindBeforeHours != null && !remindedBefore
				&& !now.isBefore(dueAt.minus(Duration.ofHours(remindBeforeHours)))) {
			nowRemindedBefore = true;
			dueSoon = now.isBefore(dueAt);
		}
		int reminder = 0;
		int reminders = overdueReminders;
		if (!now.isBefore(dueAt)) {
			if (overdueReminder == OverdueReminder.ONCE && overdueReminders == 0) {
				reminders = 1;
				reminder = 1;
			}
			else if (overdueReminder == OverdueReminder.REPEAT) {
				long every = Duration.ofHours(remindEveryHours).toMillis();
				int due = (int) (Duration.between(dueAt, now).toMillis() / every) + 1;
				if (due > overdueReminders) {
					reminders = due;
					reminder = due;
				}
			}
		}
		boolean escalate = escalation != null && !escalated
				&& !now.isBefore(dueAt.plus(Duration.ofHours(escalateAfterHours == null ? 0 : escalateAfterHours)));
		DeadlineRow after = new DeadlineRow(taskId, processInstanceId, businessKey, processDefinitionId, stepId,
				stepName, dueAt, remindBeforeHours, overdueReminder, remindEveryHours, escalation, escalateAfterHours,
				nowRemindedBefore, reminders, escalated || escalate, version + 1);
		return new Actions(dueSoon, reminder, escalate, after);
	}

}
