package dev.baton.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.baton.directory.Directory;
import dev.baton.settings.SettingsChanged;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group robots administrators set up ({@code baton_robots}), each for a department
 * (and the departments below it) or for a process. Webhook addresses and secrets are
 * stored encrypted and shown only as hints. A change is checked first — a refused one
 * answers 400 naming each field and changes nothing — and is written to the audit trail
 * as {@code robots-changed}.
 */
@Component
class Robots {

	enum Scope {

		DEPARTMENT, PROCESS

	}

	/** A robot as the console shows it: never its token or secret. */
	record Robot(String id, String name, RobotPlatform platform, Scope scopeType, String scopeId, String webhookHint,
			String secretHint, boolean enabled, String updatedBy, Instant updatedAt) {
	}

	/** What a robot posts with, for sending only. */
	record Webhook(String robotId, RobotPlatform platform, String url, String secret) {

		@Override
		public String toString() {
			return "Webhook[robotId=" + robotId + ", platform=" + platform + "]";
		}
	}

	/**
	 * What an administrator saves; on a change, {@code webhookUrl} and {@code secret}
	 * {@code null} keep the stored ones.
	 */
	record Change(String name, String platform, String scopeType, String scopeId, String webhookUrl, String secret,
			Boolean enabled) {

		@Override
		public String toString() {
			return "Change[name=" + name + ", platform=" + platform + "]";
		}
	}

	private static final String COLUMNS = "id, name, platform, scope_type, scope_id, webhook_hint, secret_hint, enabled, updated_by, updated_at";

	private final JdbcTemplate jdbc;

	private final SecretBox secrets;

	private final RobotWebhooks webhooks;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	Robots(JdbcTemplate jdbc, SecretBox secrets, RobotWebhooks webhooks, Directory directory,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.webhooks = webhooks;
		this.directory = directory;
		this.events = events;
	}

	List<Robot> all() {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_robots ORDER BY scope_type, scope_id, name",
				Robots::robot);
	}

	Optional<Robot> find(String id) {
		return jdbc.query("SELECT " + COLUMNS + " FROM baton_robots WHERE id = ?", Robots::robot, id)
			.stream()
			.findFirst();
	}

	Optional<Webhook> webhook(String id) {
		return jdbc
			.query("SELECT id, platform, webhook_enc, secret_enc FROM baton_robots WHERE id = ?",
					(row, i) -> new Webhook(row.getString("id"), RobotPlatform.valueOf(row.getString("platform")),
							secrets.tryOpen(row.getString("webhook_enc")).orElse(null),
							secrets.tryOpen(row.getString("secret_enc")).orElse(null)),
					id)
			.stream()
			.findFirst();
	}

	@Transactional
	Robot create(Change change, String actorId) {
		Checked checked = check(change, null);
		String id = UUID.randomUUID().toString();
		Timestamp now = now();
		jdbc.update(
				"""
						INSERT INTO baton_robots (id, name, platform, scope_type, scope_id, webhook_enc, webhook_hint, secret_enc,
						    secret_hint, enabled, created_by, created_at, updated_by, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				id, checked.name, checked.platform.name(), checked.scope.name(), checked.scopeId,
				secrets.seal(checked.url), webhooks.hint(checked.platform, checked.url), secrets.seal(checked.secret),
				hint(checked.secret), checked.enabled, actorId, now, actorId, now);
		events.publishEvent(new SettingsChanged("robots", actorId));
		return find(id).orElseThrow();
	}

	@Transactional
	Robot update(String id, Change change, String actorId) {
		Webhook stored = webhook(id).orElseThrow(Robots::notFound);
		Checked checked = check(change, stored);
		jdbc.update("""
				UPDATE baton_robots SET name = ?, platform = ?, scope_type = ?, scope_id = ?, webhook_enc = ?,
				    webhook_hint = ?, secret_enc = ?, secret_hint = ?, enabled = ?, updated_by = ?, updated_at = ?
				WHERE id = ?""", checked.name, checked.platform.name(), checked.scope.name(), checked.scopeId,
				secrets.seal(checked.url), webhooks.hint(checked.platform, checked.url), secrets.seal(checked.secret),
				hint(checked.secret), checked.enabled, actorId, now(), id);
		events.publishEvent(new SettingsChanged("robots", actorId));
		return find(id).orElseThrow();
	}

	@Transactional
	void delete(String id, String actorId) {
		if (jdbc.update("DELETE FROM baton_robots WHERE id = ?", id) == 0) {
			throw notFound();
		}
		// its messages that wait (and that no worker is sending right now) are not sent
		jdbc.update(
				"""
						DELETE FROM baton_outbox WHERE target = ? AND channel IN ('dingtalk', 'wecom', 'feishu') AND status = 'PENDING'
						  AND (claimed_until IS NULL OR claimed_until < ?)""",
				id, now());
		jdbc.update("DELETE FROM baton_send_slots WHERE rate_key = ?", id);
		events.publishEvent(new SettingsChanged("robots", actorId));
	}

	private record Checked(String name, RobotPlatform platform, Scope scope, String scopeId, String url, String secret,
			boolean enabled) {
	}

	private Checked check(Change change, Webhook stored) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = trim(change.name());
		if (name == null) {
			problems.add(new FieldProblem("name", "notifications.required"));
		}
		else if (name.length() > 100) {
			problems.add(new FieldProblem("name", "notifications.tooLong", 100));
		}
		RobotPlatform platform = RobotPlatform.of(change.platform()).orElse(null);
		if (platform == null) {
			problems.add(new FieldProblem("platform", "notifications.robot.platform.unknown"));
		}
		Scope scope = null;
		try {
			scope = Scope.valueOf(change.scopeType() == null ? "" : change.scopeType().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new FieldProblem("scopeType", "notifications.robot.scope.unknown"));
		}
		String scopeId = trim(change.scopeId());
		if (scopeId == null) {
			problems.add(new FieldProblem("scopeId", "notifications.required"));
		}
		else if (scope == Scope.DEPARTMENT && directory.department(scopeId).isEmpty()) {
			problems.add(new FieldProblem("scopeId", "notifications.robot.department.unknown", scopeId));
		}
		else if (scope == Scope.PROCESS && !scopeId.matches("[A-Za-z_][A-Za-z0-9_.-]{0,63}")) {
			problems.add(new FieldProblem("scopeId", "notifications.robot.process.invalid"));
		}
		// the address and secret stay as stored unless new ones are given
		boolean samePlatform = stored != null && stored.platform() == platform;
		String url = trim(change.webhookUrl());
		if (url == null && samePlatform) {
			url = stored.url();
		}
		if (url == null) {
			problems.add(new FieldProblem("webhookUrl", "notifications.required"));
		}
		else if (platform != null) {
			webhooks.problem(platform, url)
				.ifPresent(key -> problems.add(new FieldProblem("webhookUrl", key,
						String.join(", ", new java.util.TreeSet<>(webhooks.hostsOf(platform))))));
		}
		String secret = change.secret() == null ? (samePlatform ? stored.secret() : null) : trim(change.secret());
		if (platform != null && !platform.signs() && secret != null) {
			problems.add(new FieldProblem("secret", "notifications.robot.secret.unused"));
		}
		else if (platform != null && platform.secretRequired() && secret == null) {
			problems.add(new FieldProblem("secret", "notifications.robot.secret.required"));
		}
		else if (secret != null && secret.length() > 200) {
			problems.add(new FieldProblem("secret", "notifications.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		return new Checked(name, platform, scope, scopeId, url, secret, change.enabled() == null || change.enabled());
	}

	private static String hint(String secret) {
		if (secret == null) {
			return null;
		}
		return secret.length() > 12 ? "••••" + secret.substring(secret.length() - 4) : "••••";
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "notifications.robot.notFound");
	}

	private static Robot robot(ResultSet row, int i) throws SQLException {
		return new Robot(row.getString("id"), row.getString("name"), RobotPlatform.valueOf(row.getString("platform")),
				Scope.valueOf(row.getString("scope_type")), row.getString("scope_id"), row.getString("webhook_hint"),
				row.getString("secret_hint"), row.getBoolean("enabled"), row.getString("updated_by"),
				row.getTimestamp("updated_at").toInstant());
	}

}
