package dev.baton.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaving Spring MVC becomes a translated problem detail. Unexpected
 * exceptions are logged with their stack trace and answered with a generic 500: no stack
 * trace, class name or SQL ever reaches the caller.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ProblemWriter problems;

	ProblemDetailsAdvice(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException exception, Locale locale) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(exception.status());
		exception.headers().forEach((name, value) -> response.header(name, value));
		return response.body(problems.problem(locale, exception));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException exception, Locale locale) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(problems.problem(locale, HttpStatus.FORBIDDEN, "auth.forbidden"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException exception, Locale locale) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(problems.problem(locale, HttpStatus.UNAUTHORIZED, "auth.required"));
	}

	/**
	 * Spring Security's firewall refused the request once something read it (a header
	 * value with control characters, found when the body is read): a client error, 400
	 * naming the header when there is one.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException exception, Locale locale) {
		return ResponseEntity.badRequest().body(problems.rejected(locale, exception));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception exception, Locale locale) {
		log.error("Unexpected error", exception);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problems.problem(locale, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ProblemException.FieldProblem> fields = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new ProblemException.FieldProblem(error.getField(),
					"validation." + String.valueOf(error.getCode()).toLowerCase(Locale.ROOT)))
			.toList();
		ProblemException problem = new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", fields);
		return ResponseEntity.badRequest().body(problems.problem(LocaleContextHolder.getLocale(), problem));
	}

	/**
	 * Spring's own exceptions (unreadable JSON, wrong method, missing parameter …) in the
	 * caller's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		if (status.is5xxServerError()) {
			log.error("Server error", exception);
		}
		ProblemDetail problem = problems.problem(LocaleContextHolder.getLocale(), status, keyFor(status));
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private static String keyFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
			case UNSUPPORTED_MEDIA_TYPE -> "error.unsupportedMediaType";
			case NOT_ACCEPTABLE -> "error.notAcceptable";
			case PAYLOAD_TOO_LARGE -> "error.payloadTooLarge";
			case BAD_REQUEST -> "error.badRequest";
			default -> status.is5xxServerError() ? "error.internal" : "error.badRequest";
		};
	}

}
