package dev.baton.engine;

import java.time.Instant;
import java.util.Date;

import dev.baton.calendar.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Gives a task that opens on a step with a deadline its due date, from the engine's clock
 * and the business calendar, and announces it as {@link StepDeadlineStarted}. Only steps
 * with a deadline carry this listener: a step without one costs nothing.
 */
final class DeadlineStarter implements TaskListener {

	private final StepDeadline deadline;

	private final BusinessCalendar calendar;

	private final ApplicationEventPublisher events;

	DeadlineStarter(StepDeadline deadline, BusinessCalendar calendar, ApplicationEventPublisher events) {
		this.deadline = deadline;
		this.calendar = calendar;
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant due = deadline.unit() == StepDeadline.Unit.WORKING_HOURS
				? calendar.addWorkingTime(now, deadline.workingHours())
				: calendar.addWorkingDays(now, deadline.amount());
		task.setDueDate(Date.from(due));
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		events.publishEvent(new StepDeadlineStarted(task.getId(), task.getProcessInstanceId(), businessKey,
				task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), now, due, deadline));
	}

}
