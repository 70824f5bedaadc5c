package dev.baton.settings;

import java.time.Duration;
import java.time.Instant;

/**
 * The company's settings as they are now.
 *
 * @param companyName {@code null} until an administrator names the company
 * @param defaultLanguage {@code zh-CN} or {@code en-US}; {@code null}: as the visitor's
 * browser prefers
 * @param sessionMinutes how long a new browser session lasts without a request
 * @param logoType the logo's media type; {@code null} when there is no logo
 * @param logoVersion changes with every new logo, so its address can be cached for good
 */
public record Settings(String companyName, String defaultLanguage, int sessionMinutes, String logoType,
		long logoVersion, String updatedBy, Instant updatedAt) {

	public boolean hasLogo() {
		return logoType != null;
	}

	/**
	 * Where anyone fetches the logo; the address changes with every new logo, so it can
	 * be cached. {@code null} without a logo.
	 */
	public String logoUrl() {
		return hasLogo() ? "/api/public/logo?v=" + logoVersion : null;
	}

	public Duration sessionLength() {
		return Duration.ofMinutes(sessionMinutes);
	}

}
