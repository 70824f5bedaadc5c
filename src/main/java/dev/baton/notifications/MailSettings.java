package dev.baton.notifications;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import dev.baton.settings.SettingsChanged;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's SMTP server and Baton's own address, as an administrator entered them
 * (one row of {@code baton_mail_settings}; the password encrypted by {@link SecretBox}).
 * A change is checked first — a refused one answers 400 naming each field and changes
 * nothing — and is written to the audit trail as {@code mail-changed}.
 */
@Component
class MailSettings {

	enum TlsMode {

		NONE, STARTTLS, SSL

	}

	/** The settings in force; {@code password} in plain text, for sending only. */
	record Smtp(String host, int port, TlsMode tlsMode, String username, String password, String sender, String baseUrl,
			String updatedBy, Instant updatedAt) {

		@Override
		public String toString() {
			return "Smtp[host=" + host + ", port=" + port + ", tlsMode=" + tlsMode + ", username=" + username + "]";
		}
	}

	/**
	 * What an administrator saves; {@code password} {@code null} keeps the stored one, an
	 * empty one removes it.
	 */
	record Change(String host, Integer port, String tlsMode, String username, String password, String sender,
			String baseUrl) {

		@Override
		public String toString() {
			return "Change[host=" + host + ", port=" + port + "]";
		}
	}

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,253})|\\[[0-9A-Fa-f:.]+\\]");

	private final JdbcTemplate jdbc;

	private final SecretBox secrets;

	private final ApplicationEventPublisher events;

	private final String configuredBaseUrl;

	MailSettings(JdbcTemplate jdbc, SecretBox secrets, ApplicationEventPublisher events,
			@Value("${baton.notifications.base-url:}") String configuredBaseUrl) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.events = events;
		this.configuredBaseUrl = configuredBaseUrl;
	}

	/** The saved settings; empty until an administrator saved a host. */
	Optional<Smtp> current() {
		return jdbc.query("""
				SELECT host, port, tls_mode, username, password_enc, sender, base_url, updated_by, updated_at
				FROM baton_mail_settings WHERE id = 1""", (row, i) -> {
			Timestamp at = row.getTimestamp("updated_at");
			return new Smtp(row.getString("host"), row.getInt("port"), TlsMode.valueOf(row.getString("tls_mode")),
					row.getString("username"), secrets.tryOpen(row.getString("password_enc")).orElse(null),
					row.getString("sender"), row.getString("base_url"), row.getString("updated_by"),
					at == null ? null : at.toInstant());
		}).stream().findFirst();
	}

	/** Whether e-mails can be sent at all. */
	boolean configured() {
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(*) FROM baton_mail_settings WHERE id = 1 AND host IS NOT NULL AND sender IS NOT NULL",
				Integer.class);
		return count != null && count > 0;
	}

	/** Baton's address for links in messages, without a trailing slash. */
	Optional<String> baseUrl() {
		String saved = jdbc.queryForList("SELECT base_url FROM baton_mail_settings WHERE id = 1", String.class)
			.stream()
			.filter(url -> url != null && !url.isBlank())
			.findFirst()
			.orElse(configuredBaseUrl);
		return saved == null || saved.isBlank() ? Optional.empty() : Optional.of(stripSlash(saved.trim()));
	}

	@Transactional
	Smtp save(Change change, String actorId) {
		List<FieldProblem> problems = new ArrayList<>();
		String host = blankToNull(change.host());
		if (host == null) {
			problems.add(new FieldProblem("host", "notifications.required"));
		}
		else if (host.length() > 255 || !HOST.matcher(host).matches()) {
			problems.add(new FieldProblem("host", "notifications.mail.host.invalid"));
		}
		Integer port = change.port();
		if (port == null) {
			problems.add(new FieldProblem("port", "notifications.required"));
		}
		else if (port < 1 || port > 65535) {
			problems.add(new FieldProblem("port", "notifications.mail.port.range"));
		}
		TlsMode tls = null;
		try {
			tls = TlsMode.valueOf(change.tlsMode() == null ? "" : change.tlsMode().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new FieldProblem("tlsMode", "notifications.mail.tlsMode.unknown"));
		}
		String username = blankToNull(change.username());
		if (username != null && username.length() > 255) {
			problems.add(new FieldProblem("username", "notifications.tooLong", 255));
		}
		if (change.password() != null && change.password().length() > 500) {
			problems.add(new FieldProblem("password", "notifications.tooLong", 500));
		}
		String sender = blankToNull(change.sender());
		if (sender == null) {
			problems.add(new FieldProblem("sender", "notifications.required"));
		}
		else if (!isAddress(sender)) {
			problems.add(new FieldProblem("sender", "notifications.mail.address.invalid"));
		}
		String baseUrl = blankToNull(change.baseUrl());
		if (baseUrl != null && !isWebAddress(baseUrl)) {
			problems.add(new FieldProblem("baseUrl", "notifications.mail.baseUrl.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		String passwordEnc = change.password() == null
				? jdbc.queryForList("SELECT password_enc FROM baton_mail_settings WHERE id = 1", String.class)
					.stream()
					.findFirst()
					.orElse(null)
				: change.password().isEmpty() ? null : secrets.seal(change.password());
		Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		baseUrl = baseUrl == null ? null : stripSlash(baseUrl);
		int updated = jdbc.update(
				"""
						UPDATE baton_mail_settings SET host = ?, port = ?, tls_mode = ?, username = ?, password_enc = ?, sender = ?,
						    base_url = ?, updated_by = ?, updated_at = ? WHERE id = 1""",
				host, port, tls.name(), username, passwordEnc, sender, baseUrl, actorId, now);
		if (updated == 0) {
			jdbc.update("""
					INSERT INTO baton_mail_settings (id, host, port, tls_mode, username, password_enc, sender, base_url,
					    updated_by, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", host, port, tls.name(),
					username, passwordEnc, sender, baseUrl, actorId, now);
		}
		events.publishEvent(new SettingsChanged("mail", actorId));
		return current().orElseThrow();
	}

	/** Removes the settings: no e-mail is sent until they are entered again. */
	@Transactional
	void clear(String actorId) {
		if (jdbc.update("DELETE FROM baton_mail_settings WHERE id = 1") > 0) {
			events.publishEvent(new SettingsChanged("mail", actorId));
		}
	}

	static boolean isAddress(String text) {
		try {
			new InternetAddress(text, true).validate();
			return text.contains("@") && text.length() <= 255;
		}
		catch (AddressException e) {
			return false;
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text.trim());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null
					&& text.length() <= 255;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
