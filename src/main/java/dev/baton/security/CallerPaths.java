package dev.baton.security;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes, as the gates in front of Baton's APIs look at it. */
final class CallerPaths {

	private CallerPaths() {
	}

	/** The path without the context path, e.g. {@code /api/me/password}. */
	static String of(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Baton's own API or the engine's REST API. */
	static boolean isApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest");
	}

	static boolean isSafeMethod(HttpServletRequest request) {
		return switch (request.getMethod()) {
			case "GET", "HEAD", "OPTIONS" -> true;
			default -> false;
		};
	}

}
