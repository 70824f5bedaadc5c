package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, checked against every operation of the engine's REST API as it is
 * declared (read from its JAX-RS annotations), so that an operation added by an engine
 * upgrade is refused to designers until someone decides otherwise.
 */
class EngineRestRulesTest {

	/** What Camunda Modeler needs, and all that a designer may call. */
	private static final Set<String> DESIGNER_MAY = Set.of("GET /version", "GET /deployment", "GET /deployment/count",
			"GET /deployment/{id}", "GET /deployment/{id}/resources", "GET /deployment/{id}/resources/{resourceId}",
			"GET /deployment/{id}/resources/{resourceId}/data", "POST /deployment/create", "GET /process-definition",
			"GET /process-definition/count", "GET /process-definition/{id}", "GET /process-definition/{id}/xml",
			"GET /process-definition/{id}/diagram", "GET /process-definition/key/{key}",
			"GET /process-definition/key/{key}/xml", "GET /process-definition/key/{key}/diagram",
			"GET /decision-definition", "GET /decision-definition/count", "GET /decision-definition/{id}",
			"GET /decision-definition/{id}/xml", "GET /decision-definition/{id}/diagram",
			"GET /decision-definition/key/{key}", "GET /decision-definition/key/{key}/xml",
			"GET /decision-definition/key/{key}/diagram", "GET /decision-requirements-definition",
			"GET /decision-requirements-definition/count", "GET /decision-requirements-definition/{id}",
			"GET /decision-requirements-definition/{id}/xml", "GET /decision-requirements-definition/{id}/diagram",
			"GET /decision-requirements-definition/key/{key}", "GET /decision-requirements-definition/key/{key}/xml",
			"GET /decision-requirements-definition/key/{key}/diagram");

	@Test
	void aDesignerMayCallExactlyWhatCamundaModelerNeeds() {
		List<String> operations = operations();
		assertThat(operations).hasSizeGreaterThan(400);
		Set<String> allowed = new TreeSet<>();
		for (String operation : operations) {
			String[] parts = operation.split(" ", 2);
			if (EngineRestRules.designerMay(parts[0], sample(parts[1]))) {
				allowed.add(operation);
			}
		}
		assertThat(allowed).containsExactlyInAnyOrderElementsOf(DESIGNER_MAY);
	}

	@Test
	void theAttacksOfTheHostileReviewAreNotForDesigners() {
		String[][] attacks = { { "PUT", "/process-instance/p1/variables/amount" },
				{ "POST", "/process-instance/p1/variables" }, { "POST", "/task/t1/complete" },
				{ "POST", "/task/t1/submit-form" }, { "GET", "/history/variable-instance" },
				{ "POST", "/history/variable-instance" }, { "PUT", "/history/user-operation/o1/set-annotation" },
				{ "PUT", "/history/user-operation/o1/clear-annotation" }, { "DELETE", "/history/user-operation/o1" },
				{ "DELETE", "/process-instance/p1" }, { "DELETE", "/history/process-instance/p1" },
				{ "POST", "/process-definition/key/leave-request/start" }, { "DELETE", "/deployment/d1" },
				{ "POST", "/deployment/d1/redeploy" }, { "OPTIONS", "/deployment" },
				{ "GET", "/process-definition/statistics" }, { "GET", "/process-definition/d1/form-variables" } };
		for (String[] attack : attacks) {
			assertThat(EngineRestRules.designerMay(attack[0], attack[1])).as(String.join(" ", attack)).isFalse();
		}
	}

	@Test
	void administratorsUseBatonsOwnActionsForTasksStartsAndTheDirectory() {
		assertThat(EngineRestRules.blockedForAdministrators("POST", "/task/t1/complete"))
			.hasValue("engineRest.useBaton.task");
		for (String action : new String[] { "submit-form", "resolve", "claim", "unclaim", "delegate", "bpmnError",
				"bpmnEscalation", "comment/create" }) {
			assertThat(EngineRestRules.blockedForAdministrators("POST", "/task/t1/" + action)).as(action).isPresent();
		}
		assertThat(EngineRestRules.blockedForAdministrators("PUT", "/task/t1")).isPresent();
		assertThat(EngineRestRules.blockedForAdministrators("DELETE", "/task/t1")).isPresent();
		assertThat(EngineRestRules.blockedForAdministrators("POST", "/process-definition/key/leave-request/start"))
			.hasValue("engineRest.useBaton.start");
		assertThat(EngineRestRules.blockedForAdministrators("POST", "/process-definition/p:1:x/submit-form"))
			.hasValue("engineRest.useBaton.start");
		assertThat(EngineRestRules.blockedForAdministrators("POST", "/user/create"))
			.hasValue("engineRest.useBaton.directory");
		assertThat(EngineRestRules.blockedForAdministrators("POST", "/identity/verify")).isPresent();
		// where Baton has no own action yet, the engine's stays
		for (String[] kept : new String[][] { { "POST", "/task/t1/assignee" }, { "POST", "/task/t1/identity-links" },
				{ "PUT", "/process-instance/p1/variables/amount" }, { "DELETE", "/process-instance/p1" },
				{ "POST", "/process-instance/p1/modification" }, { "PUT", "/job/j1/retries" },
				{ "PUT", "/process-instance/p1/suspended" }, { "POST", "/deployment/create" }, { "POST", "/group" },
				{ "POST", "/filter/f1/list" } }) {
			assertThat(EngineRestRules.blockedForAdministrators(kept[0], kept[1])).as(String.join(" ", kept)).isEmpty();
		}
	}

	@Test
	void queriesSentAsPostChangeNothingAndEverythingElseIsAChange() {
		for (String query : new String[] { "/task", "/task/count", "/process-instance", "/process-instance/count",
				"/execution", "/external-task/count", "/job", "/job-definition", "/variable-instance",
				"/history/process-instance", "/history/task/count", "/history/variable-instance",
				"/history/activity-instance", "/history/detail", "/history/job-log", "/filter/f1/list",
				"/filter/f1/count", "/group", "/schema/log", "/migration/validate" }) {
			assertThat(EngineRestRules.changesState("POST", query)).as(query).isFalse();
		}
		for (String write : new String[] { "/process-instance/delete", "/process-instance/p1/variables",
				"/task/t1/assignee", "/message", "/signal", "/deployment/create", "/history/process-instance/delete",
				"/job/retries", "/migration/execute", "/modification/execute", "/history/cleanup",
				"/decision-definition/key/d/evaluate", "/condition" }) {
			assertThat(EngineRestRules.changesState("POST", write)).as(write).isTrue();
		}
		assertThat(EngineRestRules.changesState("GET", "/task")).isFalse();
		assertThat(EngineRestRules.changesState("PUT", "/history/user-operation/o1/set-annotation")).isTrue();
		assertThat(EngineRestRules.changesState("DELETE", "/history/process-instance/p1")).isTrue();
	}

	/** A concrete path for a declared one: each template variable becomes an id. */
	private static String sample(String declared) {
		return declared.replaceAll("\\{[^}]+\\}", "x1");
	}

	/**
	 * Every operation of the engine's REST API, "METHOD /path", walked from its root
	 * resource through its sub-resource locators.
	 */
	static List<String> operations() {
		List<String> operations = new ArrayList<>();
		walk(DefaultProcessEngineRestServiceImpl.class, "", 0, operations);
		return operations;
	}

	private static void walk(Class<?> type, String prefix, int depth, List<String> operations) {
		if (depth > 6) {
			return;
		}
		for (Method method : type.getMethods()) {
			Path path = method.getAnnotation(Path.class);
			String full = prefix + (path == null ? "" : (path.value().startsWith("/") ? "" : "/") + path.value());
			String verb = verb(method);
			if (verb != null) {
				operations.add(verb + " " + (full.isEmpty() ? "/" : full));
			}
			else if (path != null && !method.getReturnType().isPrimitive() && method.getReturnType() != String.class
					&& method.getReturnType() != Object.class) {
				walk(method.getReturnType(), full, depth + 1, operations);
			}
		}
	}

	private static String verb(Method method) {
		if (method.isAnnotationPresent(GET.class)) {
			return "GET";
		}
		if (method.isAnnotationPresent(POST.class)) {
			return "POST";
		}
		if (method.isAnnotationPresent(PUT.class)) {
			return "PUT";
		}
		if (method.isAnnotationPresent(DELETE.class)) {
			return "DELETE";
		}
		if (method.isAnnotationPresent(OPTIONS.class)) {
			return "OPTIONS";
		}
		return method.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
	}

}
