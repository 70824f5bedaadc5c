package dev.baton.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page for errors raised outside Spring MVC (servlet
 * filters, the engine's Jersey REST API): the caller still gets a translated problem
 * detail.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private final ProblemWriter problems;

	ProblemErrorController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String key = switch (status) {
			case NOT_FOUND -> "error.notFound";
			case UNAUTHORIZED -> "auth.required";
			case FORBIDDEN -> "auth.forbidden";
			case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
			default -> status.is5xxServerError() ? "error.internal" : "error.badRequest";
		};
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.problem(locale, status, key));
	}

}
