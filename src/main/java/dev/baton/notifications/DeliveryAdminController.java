package dev.baton.notifications;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.directory.Directory;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery console, administrators only: the SMTP server and a test mail, the group
 * robots and a test message, and the deliveries that failed with a retry. Secrets go in,
 * never out: the password shows only whether one is set, a robot only hints of its token
 * and secret.
 */
@RestController
@RequestMapping("/api/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Notification delivery", description = "E-mail, chat robots and failed deliveries; administrators only")
class DeliveryAdminController {

	private static final int MAX_ROWS = 200;

	private final MailSettings mail;

	private final MailDelivery mailDelivery;

	private final Robots robots;

	private final RobotDelivery robotDelivery;

	private final RobotWebhooks webhooks;

	private final OutboxAdmin outbox;

	private final Directory directory;

	DeliveryAdminController(MailSettings mail, MailDelivery mailDelivery, Robots robots, RobotDelivery robotDelivery,
			RobotWebhooks webhooks, OutboxAdmin outbox, Directory directory) {
		this.mail = mail;
		this.mailDelivery = mailDelivery;
		this.robots = robots;
		this.robotDelivery = robotDelivery;
		this.webhooks = webhooks;
		this.outbox = outbox;
		this.directory = directory;
	}

	/**
	 * @param passwordSet whether a password is stored (it is never sent back)
	 */
	record MailView(boolean configured, String host, Integer port, String tlsMode, String username, boolean passwordSet,
			String sender, String baseUrl, String updatedBy, Instant updatedAt) {

		static MailView of(MailSettings.Smtp smtp) {
			return new MailView(true, smtp.host(), smtp.port(), smtp.tlsMode().name(), smtp.username(),
					smtp.password() != null, smtp.sender(), smtp.baseUrl(), smtp.updatedBy(), smtp.updatedAt());
		}

		static MailView none() {
			return new MailView(false, null, 587, MailSettings.TlsMode.STARTTLS.name(), null, false, null, null, null,
					null);
		}
	}

	record TestMail(String to) {
	}

	record RobotView(String id, String name, String platform, String scopeType, String scopeId, String webhookHint,
			String secretHint, boolean enabled, String updatedBy, Instant updatedAt) {

		static RobotView of(Robots.Robot robot) {
			return new RobotView(robot.id(), robot.name(), robot.platform().name(), robot.scopeType().name(),
					robot.scopeId(), robot.webhookHint(), robot.secretHint(), robot.enabled(), robot.updatedBy(),
					robot.updatedAt());
		}
	}

	/** The robots and, per platform, the hosts a webhook may point at. */
	record RobotList(List<RobotView> items, Map<String, List<String>> hosts) {
	}

	record DeliveryView(long id, String channel, String target, String targetName, String eventKey, String status,
			int attempts, String lastError, Instant createdAt, Instant nextAttemptAt) {
	}

	record DeliveryList(int total, List<DeliveryView> items) {
	}

	@GetMapping("/mail")
	@Operation(summary = "The SMTP settings (the password only as whether one is set)")
	MailView mail() {
		return mail.current().map(MailView::of).orElseGet(MailView::none);
	}

	@PutMapping("/mail")
	@Operation(summary = "Save the SMTP settings: host, port (1–65535), tlsMode NONE / STARTTLS / SSL, username, "
			+ "password (null keeps the stored one, empty removes it), sender address, Baton's address for links")
	MailView saveMail(@RequestBody MailSettings.Change body, Principal caller) {
		return MailView.of(mail.save(body, caller.getName()));
	}

	@DeleteMapping("/mail")
	@Operation(summary = "Remove the SMTP settings: no e-mail is sent until they are entered again")
	MailView clearMail(Principal caller) {
		mail.clear(caller.getName());
		return MailView.none();
	}

	@PostMapping("/mail/test")
	@Operation(summary = "Send a test mail with the saved settings, at once; 502 with the server's answer if it fails")
	Map<String, Object> testMail(@RequestBody TestMail body, Locale locale) {
		String to = body == null || body.to() == null ? "" : body.to().trim();
		if (!MailSettings.isAddress(to)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("to", "notifications.mail.address.invalid")));
		}
		MailSettings.Smtp smtp = mail.current()
			.orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "notifications.mail.notConfigured"));
		mailDelivery.sendTest(smtp, to, locale).ifPresent(reason -> {
			throw new ProblemException(HttpStatus.BAD_GATEWAY, "notifications.mail.testFailed", reason)
				.withProperty("reason", reason);
		});
		return Map.of("sent", true, "to", to);
	}

	@GetMapping("/robots")
	@Operation(summary = "The group robots (webhook and secret only as hints) and the hosts each platform allows")
	RobotList robots() {
		Map<String, List<String>> hosts = new java.util.LinkedHashMap<>();
		for (RobotPlatform platform : RobotPlatform.values()) {
			hosts.put(platform.name(), webhooks.hostsOf(platform).stream().sorted().toList());
		}
		return new RobotList(robots.all().stream().map(RobotView::of).toList(), hosts);
	}

	@PostMapping("/robots")
	@Operation(summary = "Add a robot: name, platform DINGTALK / WECOM / FEISHU, scopeType DEPARTMENT / PROCESS, "
			+ "scopeId, webhookUrl (https to the platform's host), secret (required for DingTalk, none for WeCom)")
	RobotView addRobot(@RequestBody Robots.Change body, Principal caller) {
		return RobotView.of(robots.create(body, caller.getName()));
	}

	@PutMapping("/robots/{id}")
	@Operation(summary = "Change a robot; webhookUrl and secret null keep the stored ones")
	RobotView changeRobot(@PathVariable String id, @RequestBody Robots.Change body, Principal caller) {
		return RobotView.of(robots.update(id, body, caller.getName()));
	}

	@DeleteMapping("/robots/{id}")
	@Operation(summary = "Remove a robot; its waiting messages are not sent")
	Map<String, Object> removeRobot(@PathVariable String id, Principal caller) {
		robots.delete(id, caller.getName());
		return Map.of("removed", id);
	}

	@PostMapping("/robots/{id}/test")
	@Operation(summary = "Post a test message through the robot, at once; 502 with the platform's answer if it fails, "
			+ "429 when the robot's rate limit is reached")
	Map<String, Object> testRobot(@PathVariable String id, Locale locale) {
		Delivery outcome = robotDelivery.sendTest(id, locale);
		if (outcome instanceof Delivery.Later later) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "notifications.robot.test.later")
				.withHeader("Retry-After", String.valueOf(Math.max(1, later.after().toSeconds())));
		}
		String reason = outcome instanceof Delivery.Failed failed ? failed.reason()
				: outcome instanceof Delivery.Undeliverable undeliverable ? undeliverable.reason() : null;
		if (reason != null) {
			throw new ProblemException(HttpStatus.BAD_GATEWAY, "notifications.robot.test.failed", reason)
				.withProperty("reason", reason);
		}
		return Map.of("sent", true);
	}

	@GetMapping("/deliveries")
	@Operation(summary = "Deliveries by status (FAILED, the default, or PENDING), newest first, at most 200")
	DeliveryList deliveries(@RequestParam(defaultValue = "FAILED") String status) {
		String wanted = status.toUpperCase(Locale.ROOT);
		if (!wanted.equals(Outbox.FAILED) && !wanted.equals(Outbox.PENDING)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("status", "notifications.delivery.status.unknown")));
		}
		List<DeliveryView> items = outbox.list(wanted, MAX_ROWS)
			.stream()
			.map(row -> new DeliveryView(row.id(), row.channel(), row.target(), targetName(row), row.eventKey(),
					row.status(), row.attempts(), row.lastError(), row.createdAt(), row.nextAttemptAt()))
			.toList();
		return new DeliveryList(outbox.count(wanted), items);
	}

	@PostMapping("/deliveries/{id}/retry")
	@Operation(summary = "Try a failed delivery again, with its attempts renewed; 409 if it has not failed")
	Map<String, Object> retry(@PathVariable long id) {
		outbox.retry(id);
		return Map.of("retried", id);
	}

	private String targetName(OutboxAdmin.Row row) {
		if (MailDelivery.CHANNEL.equals(row.channel())) {
			return directory.ref(row.target()).name();
		}
		return robots.find(row.target()).map(Robots.Robot::name).orElse(row.target());
	}

}
