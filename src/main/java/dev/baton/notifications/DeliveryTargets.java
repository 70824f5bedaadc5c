package dev.baton.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.baton.settings.SettingsChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What routing needs to know on every decision, kept on this node: whether e-mail is set
 * up and which robots are enabled. Both change a few times a year, while routing runs for
 * every notice of every decision, so a decision asks the database nothing about them: the
 * snapshot is read again when this node changed them (after commit) and otherwise when it
 * is older than {@code baton.notifications.routing-refresh} (another node's change shows
 * after at most that long).
 */
@Component
class DeliveryTargets {

	private final MailSettings mail;

	private final Robots robots;

	private final Duration refresh;

	private final Clock clock = Clock.systemUTC();

	private volatile Snapshot snapshot;

	DeliveryTargets(MailSettings mail, Robots robots,
			@Value("${baton.notifications.routing-refresh:15s}") Duration refresh) {
		this.mail = mail;
		this.robots = robots;
		this.refresh = refresh;
	}

	boolean mailConfigured() {
		return current().mailConfigured();
	}

	/** Whether any enabled robot is scoped to a department (then departments matter). */
	boolean anyDepartmentRobot() {
		return current().robots().stream().anyMatch(robot -> robot.scopeType() == Robots.Scope.DEPARTMENT);
	}

	/** The enabled robots of the process and of the departments, process first. */
	List<Robots.Robot> covering(String processKey, Collection<String> departmentIds) {
		List<Robots.Robot> found = new ArrayList<>();
		List<Robots.Robot> enabled = current().robots();
		if (processKey != null) {
			enabled.stream()
				.filter(robot -> robot.scopeType() == Robots.Scope.PROCESS && processKey.equals(robot.scopeId()))
				.forEach(found::add);
		}
		for (String departmentId : departmentIds) {
			enabled.stream()
				.filter(robot -> robot.scopeType() == Robots.Scope.DEPARTMENT && departmentId.equals(robot.scopeId()))
				.forEach(found::add);
		}
		return found;
	}

	/** Read once at start, so that no decision pays for the first read. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		current();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SettingsChanged changed) {
		if ("mail".equals(changed.part()) || "robots".equals(changed.part())) {
			snapshot = null;
		}
	}

	private Snapshot current() {
		Snapshot seen = snapshot;
		Instant now = clock.instant();
		if (seen == null || seen.readAt().plus(refresh).isBefore(now)) {
			seen = new Snapshot(mail.configured(), robots.all().stream().filter(Robots.Robot::enabled).toList(), now);
			snapshot = seen;
		}
		return seen;
	}

	private record Snapshot(boolean mailConfigured, List<Robots.Robot> robots, Instant readAt) {
	}

}
