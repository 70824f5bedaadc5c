package dev.baton.security;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.baton.engine.MissingVariableException;
import dev.baton.engine.PolicyViolation;
import dev.baton.engine.SafetyPolicyException;
import dev.baton.web.Messages;
import dev.baton.web.ProblemWriter;
import jakarta.ws.rs.WebApplicationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns what the engine's REST API threw into Baton's problem detail, in the caller's
 * language and with the status a client's mistake deserves: an id that does not exist is
 * 404 (the REST API answers some of them 500), a bad parameter or value 400, a lost race
 * 409. A refused deployment lists every finding (element, rule, message, file, line,
 * column) and keeps {@code message} and {@code details} in the shape Camunda Modeler
 * shows; a variable a model needs and the call did not supply is named with its element.
 * The engine's own words are passed on only for client errors, and without exception
 * class names; anything else is the generic server error.
 */
final class EngineRestProblems {

	static final String ENGINE_FINDING = "engineRest.deployment.engine";

	/** Fully qualified exception class names, with a following colon. */
	private static final Pattern QUALIFIED_EXCEPTION = Pattern
		.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

	/** Other fully qualified class names: shortened to their simple name. */
	private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.){2,}([A-Z][\\w$]*)");

	/** Simple exception class names. */
	private static final Pattern SIMPLE_EXCEPTION = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");

	private static final Pattern MISSING = Pattern.compile(
			"(?i).*(doesn't exist|does not exist|not found|cannot find|could not find|no matching|no .{1,60} found).*",
			Pattern.DOTALL);

	private static final Pattern JAVA_SERIALIZATION_PROHIBITED = Pattern
		.compile("ENGINE-17007 Cannot set variable with name (.*?)\\. Java serialization");

	static final int MAX_MESSAGE = 500;

	private final Messages messages;

	private final ProblemWriter problems;

	EngineRestProblems(Messages messages, ProblemWriter problems) {
		this.messages = messages;
		this.problems = problems;
	}

	ProblemDetail of(Throwable failure, Locale locale) {
		ParseException parse = find(failure, ParseException.class);
		if (parse != null) {
			return deploymentRefused(parse, locale);
		}
		MissingVariableException missing = find(failure, MissingVariableException.class);
		if (missing != null) {
			return missingVariable(missing, locale);
		}
		if (find(failure, AuthorizationException.class) != null) {
			return problems.problem(locale, HttpStatus.FORBIDDEN, "auth.forbidden");
		}
		if (find(failure, OptimisticLockingException.class) != null || isLockConflict(failure)) {
			return problems.problem(locale, HttpStatus.CONFLICT, "engineRest.conflict");
		}
		Matcher prohibited = JAVA_SERIALIZATION_PROHIBITED.matcher(messagesOf(failure));
		if (prohibited.find()) {
			return problems.problem(locale, HttpStatus.BAD_REQUEST, EngineRestVariables.JAVA_SERIALIZED,
					prohibited.group(1));
		}
		String said = clean(restMessage(failure));
		if (find(failure, NotFoundException.class) != null) {
			return problems.problem(locale, HttpStatus.NOT_FOUND, "engineRest.notFound", said);
		}
		if (find(failure, NullValueException.class) != null) {
			return MISSING.matcher(said).matches()
					? problems.problem(locale, HttpStatus.NOT_FOUND, "engineRest.notFound", said)
					: problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.badRequest", said);
		}
		if (find(failure, BadUserRequestException.class) != null
				|| find(failure, MigrationPlanValidationException.class) != null
				|| find(failure, MigratingProcessInstanceValidationException.class) != null) {
			return problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.badRequest", said);
		}
		ParamException parameter = find(failure, ParamException.class);
		if (parameter != null) {
			return problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.parameter",
					parameter.getParameterName());
		}
		if (find(failure, JsonProcessingException.class) != null) {
			return problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.unreadable");
		}
		RestException rest = find(failure, RestException.class);
		if (rest != null && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
			return clientError(rest.getStatus().getStatusCode(), said, locale);
		}
		WebApplicationException web = find(failure, WebApplicationException.class);
		if (web != null && web.getResponse() != null && web.getResponse().getStatus() < 500) {
			int status = web.getResponse().getStatus();
			HttpStatus known = HttpStatus.resolve(status);
			return problems.problem(locale, known == null ? HttpStatus.BAD_REQUEST : known, genericKey(status));
		}
		return problems.problem(locale, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
	}

	/**
	 * A start or completion whose expressions need a value that was not sent: which
	 * value, and which element (a sequence flow's condition, a task's assignee …).
	 */
	private ProblemDetail missingVariable(MissingVariableException missing, Locale locale) {
		String element = missing.elementName() != null && !missing.elementName().isBlank()
				? missing.elementName().strip() + " (" + missing.elementId() + ")"
				: String.valueOf(missing.elementId());
		ProblemDetail problem = problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.missingVariable",
				missing.variable(), element, missing.expression());
		problem.setProperty("variable", missing.variable());
		problem.setProperty("elementId", missing.elementId());
		return problem;
	}

	private ProblemDetail clientError(int status, String said, Locale locale) {
		return switch (status) {
			case 404 -> problems.problem(locale, HttpStatus.NOT_FOUND, "engineRest.notFound", said);
			case 403 -> problems.problem(locale, HttpStatus.FORBIDDEN, "auth.forbidden");
			case 409 -> problems.problem(locale, HttpStatus.CONFLICT, "engineRest.conflict");
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield problems.problem(locale, known == null ? HttpStatus.BAD_REQUEST : known, "engineRest.badRequest",
						said);
			}
		};
	}

	private static String genericKey(int status) {
		return switch (status) {
			case 404 -> "error.notFound";
			case 405 -> "error.methodNotAllowed";
			case 406 -> "error.notAcceptable";
			case 415 -> "error.unsupportedMediaType";
			default -> "error.badRequest";
		};
	}

	/**
	 * A deployment the engine refused: Baton's safety policy (translated per violation)
	 * or the engine's own parser (its message, which it gives in English).
	 */
	private ProblemDetail deploymentRefused(ParseException refusal, Locale locale) {
		List<Map<String, Object>> findings = new ArrayList<>();
		SafetyPolicyException policy = find(refusal, SafetyPolicyException.class);
		if (policy != null) {
			for (PolicyViolation violation : policy.violations()) {
				findings.add(finding(violation.elementId(), violation.messageKey(), violation.rule(),
						messages.get(locale, violation.messageKey(), violation.arguments().toArray()),
						violation.resource(), violation.lineNumber(), violation.columnNumber()));
			}
		}
		else {
			for (ResourceReport report : refusal.getResorceReports()) {
				for (Problem problem : report.getErrors()) {
					findings.add(finding(problem.getMainElementId(), ENGINE_FINDING, null, clean(problem.getMessage()),
							report.getResourceName(), positive(problem.getLine()), positive(problem.getColumn())));
				}
			}
		}
		if (findings.isEmpty()) {
			findings.add(finding(null, ENGINE_FINDING, null, clean(refusal.getMessage()), null, null, null));
		}
		ProblemDetail problem = problems.problem(locale, HttpStatus.BAD_REQUEST, "engineRest.deployment.refused",
				findings.size());
		StringBuilder message = new StringBuilder(problem.getDetail());
		for (Map<String, Object> finding : findings) {
			Object element = finding.get("elementId") != null ? finding.get("elementId") : finding.get("resource");
			message.append("\n- ").append(element == null ? "" : element + ": ");
			if (finding.get("rule") != null) {
				message.append(finding.get("rule")).append(" — ");
			}
			message.append(finding.get("message"));
		}
		problem.setDetail(message.toString());
		problem.setProperty("message", message.toString());
		problem.setProperty("findings", findings);
		problem.setProperty("details", camundaDetails(findings));
		return problem;
	}

	private static Integer positive(int number) {
		return number > 0 ? number : null;
	}

	private static Map<String, Object> finding(String elementId, String code, String rule, String message,
			String resource, Integer line, Integer column) {
		Map<String, Object> finding = new LinkedHashMap<>();
		finding.put("elementId", elementId);
		finding.put("severity", "error");
		finding.put("code", code);
		if (rule != null) {
			finding.put("rule", rule);
		}
		finding.put("message", message);
		finding.put("resource", resource);
		finding.put("line", line);
		finding.put("column", column);
		return finding;
	}

	/**
	 * The findings per file in the shape of the engine REST API's parse errors
	 * ({@code details.<file>.errors[]}), which Camunda Modeler shows.
	 */
	private static Map<String, Object> camundaDetails(List<Map<String, Object>> findings) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (Map<String, Object> finding : findings) {
			String resource = finding.get("resource") == null ? "" : finding.get("resource").toString();
			@SuppressWarnings("unchecked")
			Map<String, Object> report = (Map<String, Object>) details.computeIfAbsent(resource, name -> {
				Map<String, Object> created = new LinkedHashMap<>();
				created.put("errors", new ArrayList<Map<String, Object>>());
				created.put("warnings", new ArrayList<Map<String, Object>>());
				return created;
			});
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("message", finding.get("message"));
			error.put("line", finding.get("line") == null ? 0 : finding.get("line"));
			error.put("column", finding.get("column") == null ? 0 : finding.get("column"));
			error.put("mainElementId", finding.get("elementId"));
			error.put("elementIds", finding.get("elementId") == null ? List.of() : List.of(finding.get("elementId")));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
			errors.add(error);
		}
		return details;
	}

	/**
	 * The REST API's own sentence when it wrapped the engine's ("Cannot complete task x:
	 * …"), otherwise the innermost engine message.
	 */
	private static String restMessage(Throwable failure) {
		RestException rest = find(failure, RestException.class);
		if (rest != null && rest.getMessage() != null) {
			return rest.getMessage();
		}
		ProcessEngineException engine = find(failure, ProcessEngineException.class);
		return engine != null ? engine.getMessage() : failure.getMessage();
	}

	private static String messagesOf(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause.getMessage() != null) {
				all.append(cause.getMessage()).append('\n');
			}
		}
		return all.toString();
	}

	/** The engine's words without exception class names, shortened. */
	static String clean(String message) {
		if (message == null) {
			return "";
		}
		String text = QUALIFIED_EXCEPTION.matcher(message).replaceAll("");
		text = QUALIFIED_CLASS.matcher(text).replaceAll("$1");
		text = SIMPLE_EXCEPTION.matcher(text).replaceAll("");
		text = text.replaceAll("\\s+", " ").strip();
		return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
	}

	static boolean isLockConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
