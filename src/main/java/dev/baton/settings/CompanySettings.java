package dev.baton.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the company's settings (one row of {@code baton_settings}). Every
 * change is checked first; a refused one answers 400 naming each field, and is announced
 * as {@link SettingsChanged} when it succeeds.
 */
@Service
public class CompanySettings {

	static final int MAX_COMPANY_NAME = 100;

	/** Five minutes to a week. */
	static final int MIN_SESSION_MINUTES = 5;

	static final int MAX_SESSION_MINUTES = 7 * 24 * 60;

	static final List<String> LANGUAGES = List.of("zh-CN", "en-US");

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	CompanySettings(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** What an administrator may change in one go; the logo has its own upload. */
	public record Change(String companyName, String defaultLanguage, Integer sessionMinutes) {
	}

	/** A logo's bytes and media type. */
	public record LogoImage(byte[] bytes, String mediaType, long version) {
	}

	@Transactional(readOnly = true)
	public Settings current() {
		return jdbc.queryForObject("""
				SELECT company_name, default_language, session_minutes, logo_type, logo_version, updated_by, updated_at
				FROM baton_settings WHERE id = 1""", CompanySettings::settings);
	}

	@Transactional(readOnly = true)
	public Optional<LogoImage> logo() {
		return jdbc
			.query("SELECT logo, logo_type, logo_version FROM baton_settings WHERE id = 1 AND logo IS NOT NULL",
					(row, i) -> new LogoImage(row.getBytes("logo"), row.getString("logo_type"),
							row.getLong("logo_version")))
			.stream()
			.findFirst();
	}

	@Transactional
	public Settings update(Change change, String userId) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = change.companyName() == null || change.companyName().isBlank() ? null
				: change.companyName().trim();
		if (name != null && name.length() > MAX_COMPANY_NAME) {
			problems.add(new FieldProblem("companyName", "settings.companyName.tooLong", MAX_COMPANY_NAME));
		}
		String language = change.defaultLanguage() == null || change.defaultLanguage().isBlank() ? null
				: change.defaultLanguage();
		if (language != null && !LANGUAGES.contains(language)) {
			problems.add(new FieldProblem("defaultLanguage", "settings.defaultLanguage.unknown", language));
		}
		Integer minutes = change.sessionMinutes();
		if (minutes == null) {
			problems.add(new FieldProblem("sessionMinutes", "settings.required"));
		}
		else if (minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES) {
			problems.add(new FieldProblem("sessionMinutes", "settings.sessionMinutes.range", MIN_SESSION_MINUTES,
					MAX_SESSION_MINUTES));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		jdbc.update("""
				UPDATE baton_settings SET company_name = ?, default_language = ?, session_minutes = ?, updated_by = ?,
				    updated_at = ? WHERE id = 1""", name, language, minutes, userId, now());
		events.publishEvent(new SettingsChanged("settings", userId));
		return current();
	}

	/**
	 * Stores a new logo, refusing anything but a PNG, JPEG or WebP image of up to 256 KB.
	 */
	@Transactional
	public Settings setLogo(byte[] bytes, String userId) {
		if (bytes == null || bytes.length == 0) {
			throw invalidLogo("settings.logo.required");
		}
		if (bytes.length > Logo.MAX_BYTES) {
			throw invalidLogo("settings.logo.tooLarge", Logo.MAX_BYTES / 1024);
		}
		Logo type = Logo.of(bytes).orElseThrow(() -> invalidLogo("settings.logo.type"));
		jdbc.update("""
				UPDATE baton_settings SET logo = ?, logo_type = ?, logo_version = logo_version + 1, updated_by = ?,
				    updated_at = ? WHERE id = 1""", bytes, type.mediaType(), userId, now());
		events.publishEvent(new SettingsChanged("logo", userId));
		return current();
	}

	@Transactional
	public Settings removeLogo(String userId) {
		jdbc.update(
				"""
						UPDATE baton_settings SET logo = NULL, logo_type = NULL, logo_version = logo_version + 1, updated_by = ?,
						    updated_at = ? WHERE id = 1""",
				userId, now());
		events.publishEvent(new SettingsChanged("logo", userId));
		return current();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	private static ProblemException invalidLogo(String key, Object... arguments) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
				List.of(new FieldProblem("logo", key, arguments)));
	}

	private static Settings settings(ResultSet row, int i) throws SQLException {
		Timestamp updatedAt = row.getTimestamp("updated_at");
		return new Settings(row.getString("company_name"), row.getString("default_language"),
				row.getInt("session_minutes"), row.getString("logo_type"), row.getLong("logo_version"),
				row.getString("updated_by"), updatedAt == null ? null : updatedAt.toInstant());
	}

}
