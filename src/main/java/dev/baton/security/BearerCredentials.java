package dev.baton.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a request carries an API token ({@code Authorization: Bearer …}), as
 * integrations and Camunda Modeler send it.
 */
final class BearerCredentials {

	private BearerCredentials() {
	}

	static boolean present(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	static String secret(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
	}

}
