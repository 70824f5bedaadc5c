package dev.baton.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a request carries HTTP Basic credentials, as API clients and Camunda Modeler
 * send them.
 */
final class BasicCredentials {

	private BasicCredentials() {
	}

	static boolean present(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
