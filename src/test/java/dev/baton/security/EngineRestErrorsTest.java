package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.LeaveRequests;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API answers like the rest of Baton: a client's mistake is a 4xx
 * problem detail in the caller's language, never a 500, and no answer names an exception
 * class.
 */
@BatonTest
class EngineRestErrorsTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	TaskService tasks;

	Http http;

	EngineRestCalls engine;

	String instanceId;

	/** Every answer of this class, checked for exception class names at the end. */
	final List<HttpResponse<String>> answers = new ArrayList<>();

	@BeforeEach
	void givenARunningRequest() {
		http = new Http(port);
		engine = new EngineRestCalls(http);
		instanceId = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(LeaveRequests.start(http, "zhangwei", 1))
			.singleResult()
			.getId();
	}

	@Test
	void unknownIdsAre404InTheCallersLanguage() {
		HttpResponse<String> english = call("POST", "/engine-rest/task/no-such-task/assignee", "admin",
				"{\"userId\":\"lina\"}", "en");
		problem(english, 404, "engineRest.notFound");
		assertThat(detail(english)).startsWith("Not found: ").contains("no-such-task");
		HttpResponse<String> chinese = call("POST", "/engine-rest/task/no-such-task/assignee", "admin",
				"{\"userId\":\"lina\"}", "zh-CN");
		problem(chinese, 404, "engineRest.notFound");
		assertThat(detail(chinese)).startsWith("未找到：");
		problem(call("PUT", "/engine-rest/process-instance/no-such-instance/variables/x", "admin",
				"{\"value\":\"x\",\"type\":\"String\"}", "en"), 404, "engineRest.notFound");
		problem(call("GET", "/engine-rest/process-definition/key/no-such-process/xml", "designer", null, "en"), 404,
				"engineRest.notFound");
		problem(call("DELETE", "/engine-rest/process-instance/no-such-instance", "admin", null, "en"), 404,
				"engineRest.notFound");
		problem(call("GET", "/engine-rest/no-such-resource", "admin", null, "en"), 404, "error.notFound");
		noClassNames();
	}

	@Test
	void anUnknownTaskIs404EvenForAnActionBatonKeepsToItselfAndAnExistingOneStays403() {
		// given a task that exists (the running request's first step) and one that does
		// not
		String taskId = tasks.createTaskQuery().processInstanceId(instanceId).list().get(0).getId();

		// when an administrator completes, claims or comments on the unknown task
		HttpResponse<String> complete = call("POST", "/engine-rest/task/no-such-task/complete", "admin", "{}", "en");
		HttpResponse<String> chinese = call("POST", "/engine-rest/task/no-such-task/complete", "admin", "{}", "zh-CN");

		// then each is a 404 naming it, in the caller's language
		problem(complete, 404, "engineRest.notFound");
		assertThat(detail(complete)).isEqualTo("Not found: /task/no-such-task");
		problem(chinese, 404, "engineRest.notFound");
		assertThat(detail(chinese)).isEqualTo("未找到：/task/no-such-task");
		problem(call("POST", "/engine-rest/task/no-such-task/claim", "admin", "{\"userId\":\"lina\"}", "en"), 404,
				"engineRest.notFound");
		problem(call("POST", "/engine-rest/task/no-such-task/comment/create", "admin", "{\"message\":\"x\"}", "en"),
				404, "engineRest.notFound");
		problem(call("POST", "/engine-rest/process-instance/no-such-instance/comment", "admin", "{\"message\":\"x\"}",
				"en"), 404, "engineRest.notFound");
		// and completing the task that exists stays Baton's own action, and it stays open
		problem(call("POST", "/engine-rest/task/" + taskId + "/complete", "admin", "{}", "en"), 403,
				"engineRest.useBaton.task");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
		noClassNames();
	}

	@Test
	void pagingMustBeAWholeNumberOfZeroOrMore() {
		for (String query : new String[] { "firstResult=-1", "maxResults=-5", "firstResult=abc", "maxResults=1e3",
				"firstResult=", "maxResults=99999999999" }) {
			HttpResponse<String> response = call("GET", "/engine-rest/task?" + query, "admin", null, "en");
			problem(response, 400, "engineRest.paging");
			assertThat(detail(response)).contains(query.substring(0, query.indexOf('=')));
		}
		problem(call("GET", "/engine-rest/deployment?maxResults=-1", "designer", null, "en"), 400, "engineRest.paging");
		assertThat(call("GET", "/engine-rest/task?firstResult=0&maxResults=5", "admin", null, "en").statusCode())
			.isEqualTo(200);
		noClassNames();
	}

	@Test
	void oddCharactersInAPathAreAClientError() {
		for (String path : new String[] { "/engine-rest/process-definition/key/%E4%B8%AD/xml",
				"/engine-rest/process-definition/'%22%3C%3E%7B%7D/xml", "/engine-rest/task/%F0%9F%98%80/variables",
				"/engine-rest/task/a%3Bb", "/engine-rest/task/%25", "/engine-rest/task/%E4%B8",
				"/engine-rest/task/%00x", "/engine-rest/task/x%2Fy", "/engine-rest/task/a%5Cb", "/engine-rest/task/%7F",
				"/engine-rest/process-instance/%0D%0A/variables" }) {
			HttpResponse<String> response = call("GET", path, "admin", null, "en");
			assertThat(response.statusCode()).as(path).isIn(400, 404);
		}
		noClassNames();
	}

	@Test
	void anAddressTheServerCannotReadIsAProblemInTheCallersLanguageToo() {
		for (String path : new String[] { "/engine-rest/task/%00x", "/engine-rest/task/x%2Fy", "/api/requests/%00" }) {
			HttpResponse<String> english = call("GET", path, "admin", null, "en");
			problem(english, 400, "error.badRequest");
			assertThat(detail(english)).as(path).isEqualTo("The request is not valid.");
			HttpResponse<String> chinese = call("GET", path, "admin", null, null);
			problem(chinese, 400, "error.badRequest");
			assertThat(detail(chinese)).as(path).isEqualTo("请求无效。");
		}
		noClassNames();
	}

	@Test
	void aJavaSerializedOrXmlVariableIs400AndNothingIsStored() {
		String serialized = "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":"
				+ "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
		HttpResponse<String> java = call("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/payload",
				"admin", serialized, "en");
		problem(java, 400, "engineRest.variable.javaSerialized");
		assertThat(detail(java)).contains("payload");
		HttpResponse<String> nested = call("POST", "/engine-rest/process-instance/" + instanceId + "/variables",
				"admin",
				"{\"modifications\":{\"note\":{\"value\":\"ok\",\"type\":\"String\"},\"payload\":" + serialized + "}}",
				"en");
		problem(nested, 400, "engineRest.variable.javaSerialized");
		HttpResponse<String> xml = call("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/doc",
				"admin", "{\"value\":\"<a/>\",\"type\":\"Xml\"}", "zh-CN");
		problem(xml, 400, "engineRest.variable.xml");
		assertThat(detail(xml)).contains("doc", "Xml");
		assertThat(runtime.getVariables(instanceId)).doesNotContainKeys("payload", "note", "doc");
		noClassNames();
	}

	@Test
	void unreadableBodiesAndUnknownTypesAre400() {
		problem(call("POST", "/engine-rest/task", "admin", "{not json", "en"), 400, "engineRest.unreadable");
		HttpResponse<String> unknownType = call("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/x",
				"admin", "{\"value\":\"x\",\"type\":\"NoSuchType\"}", "en");
		problem(unknownType, 400, "engineRest.badRequest");
		assertThat(detail(unknownType)).contains("NoSuchType");
		HttpResponse<String> message = call("POST", "/engine-rest/message", "admin",
				"{\"messageName\":\"no-such-message\"}", "en");
		problem(message, 400, "engineRest.badRequest");
		assertThat(detail(message)).contains("no-such-message");
		problem(call("DELETE", "/engine-rest/version", "admin", null, "en"), 405, "error.methodNotAllowed");
		noClassNames();
	}

	@Test
	void aVariableTheModelNeedsAndTheCallDoesNotSupplyIs400NamingItAndTheElement() {
		// given a request whose number of days an administrator removed
		assertThat(
				call("DELETE", "/engine-rest/process-instance/" + instanceId + "/variables/days", "admin", null, "en")
					.statusCode())
			.isEqualTo(204);
		// when the administrator moves it to the gateway that compares the days
		HttpResponse<String> response = call("POST", "/engine-rest/process-instance/" + instanceId + "/modification",
				"admin",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Gateway_DaysAboveLimit\"}]}",
				"en");
		// then the answer names the variable and the element, and the request did not
		// move
		problem(response, 400, "engineRest.missingVariable");
		assertThat(detail(response)).contains("days");
		assertThat(JsonPath.<String>read(response.body(), "$.variable")).isEqualTo("days");
		assertThat(
				runtime.createExecutionQuery().processInstanceId(instanceId).activityId("Task_ManagerApproval").count())
			.isOne();
		noClassNames();
	}

	@Test
	void aPolicyRefusalFollowsAcceptLanguageAndNamesElementRuleFileAndNothingIsDeployed() {
		String key = "refused-" + UUID.randomUUID().toString().substring(0, 8);
		String model = ModelerDeployments.scriptModel(key);
		// in English for "en"
		HttpResponse<String> english = http
			.send(ModelerDeployments.deployment(http, key, key + ".bpmn", model, "designer")
				.header("Accept-Language", "en"));
		problem(english, 400, "engineRest.deployment.refused");
		assertThat(detail(english)).startsWith("The model was refused and nothing was deployed: one problem was found.")
			.contains("Task_Script: script.task — Script tasks run code on the server");
		assertThat(JsonPath.<String>read(english.body(), "$.message")).isEqualTo(detail(english));
		assertThat(JsonPath.<String>read(english.body(), "$.findings[0].elementId")).isEqualTo("Task_Script");
		assertThat(JsonPath.<String>read(english.body(), "$.findings[0].code")).isEqualTo("engine.policy.script.task");
		assertThat(JsonPath.<String>read(english.body(), "$.findings[0].resource")).isEqualTo(key + ".bpmn");
		assertThat(JsonPath.<List<String>>read(english.body(), "$.details['" + key + ".bpmn'].errors[*].mainElementId"))
			.containsExactly("Task_Script");
		// in Chinese by default
		HttpResponse<String> chinese = http
			.send(ModelerDeployments.deployment(http, key, key + ".bpmn", model, "designer"));
		problem(chinese, 400, "engineRest.deployment.refused");
		assertThat(detail(chinese)).startsWith("模型未被接受，未部署任何内容").contains("Task_Script: script.task — 脚本任务会在服务器上运行代码");
		assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
		assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
		answers.add(english);
		answers.add(chinese);
		noClassNames();
	}

	@Test
	void aBareEnMeansEnglishForEveryRefusal() {
		HttpResponse<String> refused = call("DELETE", "/engine-rest/process-instance/" + instanceId, "designer", null,
				"en");
		problem(refused, 403, "engineRest.designer");
		assertThat(detail(refused)).startsWith("Process designers may only deploy");
		assertThat(refused.headers().firstValue("Content-Language")).hasValue("en-US");
		HttpResponse<String> login = http.send(http.request("/api/tasks").header("Accept-Language", "en"));
		assertThat(login.statusCode()).isEqualTo(401);
		assertThat(detail(login)).isEqualTo("Please log in.");
		HttpResponse<String> chinese = call("DELETE", "/engine-rest/process-instance/" + instanceId, "designer", null,
				"zh");
		assertThat(detail(chinese)).startsWith("流程管理员通过引擎接口只能部署流程");
	}

	private HttpResponse<String> call(String method, String path, String user, String body, String language) {
		HttpResponse<String> response = engine.call(method, path, user, body, language);
		answers.add(response);
		return response;
	}

	private static void problem(HttpResponse<String> response, int status, String code) {
		String what = response.request().method() + " " + response.uri() + ": " + response.body();
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(what)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(response.body(), "$.code")).as(what).isEqualTo(code);
		assertThat(JsonPath.<String>read(response.body(), "$.type")).as(what).startsWith("https://baton.dev/problems/");
	}

	private static String detail(HttpResponse<String> response) {
		return JsonPath.read(response.body(), "$.detail");
	}

	private void noClassNames() {
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.uri().toString()).isLessThan(500);
			assertThat(answer.body()).as(answer.uri().toString())
				.doesNotContain("Exception", "org.camunda", "java.lang", "jakarta.", "\tat ");
		}
	}

}
