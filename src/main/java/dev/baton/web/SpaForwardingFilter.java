package dev.baton.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the web app's routes ({@code /inbox}, {@code /tasks/123}, …) by forwarding them
 * to {@code /index.html}, where the Vue router takes over. Only GET and HEAD requests for
 * paths whose last segment has no dot (not an asset) are forwarded, and never the API,
 * the engine REST API, actuator, OpenAPI or Swagger UI. Does nothing when the jar was
 * built without the web app.
 */
@Component
class SpaForwardingFilter extends OncePerRequestFilter {

	private static final List<String> SERVER_PATHS = List.of("/api/", "/engine-rest/", "/actuator/", "/v3/api-docs",
			"/swagger-ui", "/error", "/assets/");

	private final boolean appPresent = new ClassPathResource("static/index.html").exists();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (appPresent && isAppRoute(request.getMethod(), pathOf(request))) {
			response.setHeader("Cache-Control", WebAppResources.APP_PAGE.getHeaderValue());
			request.getRequestDispatcher("/index.html").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isAppRoute(String method, String path) {
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		if (path.isEmpty() || path.equals("/")) {
			return true;
		}
		String withSlash = path + "/";
		for (String prefix : SERVER_PATHS) {
			if (path.startsWith(prefix) || withSlash.startsWith(prefix)) {
				return false;
			}
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !last.contains(".");
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
