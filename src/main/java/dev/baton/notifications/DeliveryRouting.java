package dev.baton.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each person's {@link Notice} into outbox rows, inside the transaction that
 * published it: an e-mail to the person when they chose {@link Channel#EMAIL} (and an
 * SMTP server is set up), and one message per robot that covers the request when they
 * chose {@link Channel#ROBOT} — a robot of the request's process, or of the person's
 * department or any department above it. A robot hears about one event once: a task
 * offered to five people of a group is one message naming the five.
 */
@Component
class DeliveryRouting {

	private static final int MAX_DEPTH = 50;

	private final Outbox outbox;

	private final DeliveryTargets targets;

	private final Directory directory;

	DeliveryRouting(Outbox outbox, DeliveryTargets targets, Directory directory) {
		this.outbox = outbox;
		this.targets = targets;
		this.directory = directory;
	}

	@EventListener
	void on(Notice notice) {
		if (notice.channels().contains(Channel.EMAIL) && targets.mailConfigured()) {
			outbox.enqueue(MailDelivery.CHANNEL, notice.recipientId(), notice.eventKey(),
					DeliveryPayload.of(notice).json());
		}
		if (notice.channels().contains(Channel.ROBOT)) {
			Map<String, Robots.Robot> covering = new LinkedHashMap<>();
			List<String> departments = targets.anyDepartmentRobot() ? departmentsOf(notice.recipientId()) : List.of();
			targets.covering(notice.processKey(), departments)
				.forEach(robot -> covering.putIfAbsent(robot.id(), robot));
			String payload = DeliveryPayload.of(notice).json();
			for (Robots.Robot robot : covering.values()) {
				outbox.enqueue(robot.platform().channel(), robot.id(), notice.eventKey(), payload,
						stored -> DeliveryPayload.parse(stored).with(notice.recipientId()).json());
			}
		}
	}

	/** The person's department and every department above it, nearest first. */
	private List<String> departmentsOf(String personId) {
		List<String> chain = new ArrayList<>();
		String next = directory.person(personId).map(Person::departmentId).orElse(null);
		while (next != null && !chain.contains(next) && chain.size() < MAX_DEPTH) {
			chain.add(next);
			next = directory.department(next).map(Department::parentId).orElse(null);
		}
		return chain;
	}

}
