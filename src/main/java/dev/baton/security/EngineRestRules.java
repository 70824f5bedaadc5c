package dev.baton.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may call what on {@code /engine-rest} (docs/engine-rest.md). Paths are those of
 * {@link EngineRestPath}: inside {@code /engine-rest}, without a named engine's prefix,
 * decoded, without a trailing slash.
 * <ul>
 * <li><b>Process designers</b> get exactly what Camunda Modeler needs, by an allow-list:
 * deploy, list and read deployments and process, decision and decision-requirements
 * definitions with their XML and diagrams, and the version. Everything else is
 * refused.</li>
 * <li><b>Administrators</b> keep the rest of the engine API where Baton has no own action
 * yet (retrying jobs, suspending, moving or ending a request, variables, reassigning a
 * task …), but not where Baton has one: task decisions and hand-offs (Baton checks the
 * assignee, validates the form and writes the ledger), starting a request (Baton
 * validates the start form) and the organisation (Baton's directory). Every other call
 * that changes something is written to the approval ledger; {@link #isQuery} lists the
 * POST calls that only read.</li>
 * </ul>
 */
final class EngineRestRules {

	/**
	 * An id segment that is not one of the literal siblings of an id in Camunda's paths.
	 */
	private static final String ID = "(?!(?:count|key|statistics|suspended|registered|create|delete|report|"
			+ "cleanable-[a-z-]+)$)[^/]+";

	private static final String DEFINITIONS = "(?:process-definition|decision-definition|decision-requirements-definition)";

	private record Rule(Set<String> methods, Pattern path) {

		boolean matches(String method, String candidate) {
			return methods.contains(method) && path.matcher(candidate).matches();
		}

	}

	private static Rule rule(String methods, String pathPattern) {
		return new Rule(Set.of(methods.split(",")), Pattern.compile(pathPattern));
	}

	/** What Camunda Modeler uses, and nothing more. */
	private static final List<Rule> DESIGNER = List.of(rule("GET,HEAD", "/version"), rule("GET,HEAD", "/engine"),
			rule("POST", "/deployment/create"), rule("GET,HEAD", "/deployment(?:/count)?"),
			rule("GET,HEAD", "/deployment/" + ID + "(?:/resources(?:/[^/]+(?:/data)?)?)?"),
			rule("GET,HEAD", "/" + DEFINITIONS + "(?:/count)?"),
			rule("GET,HEAD", "/" + DEFINITIONS + "/" + ID + "(?:/xml|/diagram)?"),
			rule("GET,HEAD", "/" + DEFINITIONS + "/key/[^/]+(?:/xml|/diagram)?"));

	/** A call Baton has its own action for, with the message key that says which. */
	private record Blocked(Rule rule, String messageKey) {
	}

	private static final String TASK = "engineRest.useBaton.task";

	private static final String START = "engineRest.useBaton.start";

	private static final String DIRECTORY = "engineRest.useBaton.directory";

	private static final String WRITE = "POST,PUT,DELETE,PATCH";

	private static final List<Blocked> ADMIN_BLOCKED = List.of(
			// decisions and hand-offs: Baton's /api/tasks checks the assignee, validates
			// the form and writes the ledger
			new Blocked(
					rule("POST", "/task/" + ID
							+ "/(?:complete|submit-form|resolve|claim|unclaim|delegate|bpmnError|bpmnEscalation)"),
					TASK),
			new Blocked(rule(WRITE, "/task/" + ID + "/comment(?:/.*)?"), TASK),
			new Blocked(rule(WRITE, "/process-instance/" + ID + "/comment(?:/.*)?"), TASK),
			new Blocked(rule("PUT,DELETE,PATCH", "/task/" + ID), TASK), new Blocked(rule("POST", "/task/create"), TASK),
			// starting (or restarting) a request: Baton validates the start form
			new Blocked(rule("POST",
					"/process-definition/(?:" + ID + "|key/[^/]+(?:/tenant-id/[^/]+)?)"
							+ "/(?:start|submit-form|restart|restart-async)"),
					START),
			// people, departments, roles: Baton's directory; password checks: Baton's
			// login
			new Blocked(rule(WRITE, "/(?:user|tenant|authorization)(?:/.*)?"), DIRECTORY),
			new Blocked(rule(WRITE, "/group/(?!count$).*"), DIRECTORY),
			new Blocked(rule("POST", "/identity/verify"), DIRECTORY));

	/** POST calls that only read (queries with a JSON body, and plan checks). */
	private static final List<Rule> QUERIES = List.of(rule("POST",
			"/(?:task|process-instance|execution|external-task|job|job-definition|variable-instance|activity-instance|group)(?:/count)?"),
			rule("POST",
					"/history/(?:activity-instance|external-task-log|job-log|process-instance|task|variable-instance)(?:/count)?"),
			rule("POST", "/history/detail"), rule("POST", "/filter/" + ID + "/(?:list|count|singleResult)"),
			rule("POST", "/schema/log"), rule("POST", "/migration/(?:generate|validate)"),
			rule("POST", "/identity/password-policy"));

	private EngineRestRules() {
	}

	static boolean designerMay(String method, String path) {
		String verb = method.toUpperCase(Locale.ROOT);
		return DESIGNER.stream().anyMatch(rule -> rule.matches(verb, path));
	}

	/**
	 * @return the message key naming Baton's own action, when administrators may not make
	 * this call through the engine
	 */
	static Optional<String> blockedForAdministrators(String method, String path) {
		String verb = method.toUpperCase(Locale.ROOT);
		return ADMIN_BLOCKED.stream()
			.filter(blocked -> blocked.rule().matches(verb, path))
			.map(Blocked::messageKey)
			.findFirst();
	}

	/** Whether the call is a query sent as POST: it changes nothing. */
	static boolean isQuery(String method, String path) {
		String verb = method.toUpperCase(Locale.ROOT);
		return QUERIES.stream().anyMatch(rule -> rule.matches(verb, path));
	}

	/** Whether the call may change something: anything but a read or a query. */
	static boolean changesState(String method, String path) {
		return !EngineRestPath.isRead(method) && !isQuery(method, path);
	}

}
