package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.baton.modeling.ForeignModels.Kind;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request of a model that Baton did not write — started from Baton or, for message,
 * timer and signal start events, by the engine — shows on every list and page of the
 * initiator and the approver, and its step can be decided like a form-less step.
 */
@BatonTest
class ForeignModelsRequestsTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	Http http;

	ForeignModels models;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		models = new ForeignModels(http, repository);
	}

	@AfterEach
	void removeTheForeignModels() {
		models.removeAll();
	}

	@ParameterizedTest
	@EnumSource(value = Kind.class, mode = EnumSource.Mode.EXCLUDE,
			names = { "MESSAGE_START", "TIMER_START", "SIGNAL_START" })
	void aRequestOfAStartableForeignModelShowsOnEveryPageAndIsApproved(Kind kind) {
		// given zhangwei started a request of a foreign model from Baton
		String key = models.deploy(kind);
		String request = start(key);
		// when the initiator reads his lists and the request
		assertThat(JsonPath.<List<String>>read(ForeignModels.get(http, "/api/requests", "zhangwei"), "$.items[*].id"))
			.contains(request);
		String view = ForeignModels.get(http, "/api/requests/" + request, "zhangwei");
		ForeignModels.get(http, "/api/requests/" + request + "/diagram", "zhangwei");
		// then the request waits at the review step, with a name
		assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("RUNNING");
		assertThat(JsonPath.<List<String>>read(view, "$.currentSteps[*].name"))
			.containsExactly(kind == Kind.NAMELESS ? "Task_Review" : "审核");
		// and the approver sees the task in her inbox and opens it without a form
		Task task = openTask(key);
		approverSeesAndApproves(task);
		// then the request is complete, on every page
		view = ForeignModels.get(http, "/api/requests/" + request, "zhangwei");
		assertThat(JsonPath.<String>read(view, "$.status")).isEqualTo("COMPLETED");
		ForeignModels.get(http, "/api/requests/" + request + "/diagram", "zhangwei");
		ForeignModels.get(http, "/api/requests/handled", "lina");
		ForeignModels.get(http, "/api/requests?scope=involved", "lina");
		ForeignModels.get(http, "/api/requests?scope=all", "admin");
	}

	@Test
	void aNamelessStepIsShownUnderItsId() {
		String key = models.deploy(Kind.NAMELESS);
		String request = start(key);
		String view = ForeignModels.get(http, "/api/requests/" + request, "zhangwei");
		assertThat(JsonPath.<List<String>>read(view, "$.currentSteps[*].name")).containsExactly("Task_Review");
		// and in the approver's inbox the step has its id as name, and the request its
		// initiator although the model does not store one
		String inbox = ForeignModels.get(http, "/api/tasks?scope=assigned&q=" + request, "lina");
		assertThat(JsonPath.<List<String>>read(inbox, "$.items[?(@.requestId == '" + request + "')].stepName.zh"))
			.as(inbox)
			.containsExactly("Task_Review");
		assertThat(JsonPath.<List<String>>read(inbox, "$.items[?(@.requestId == '" + request + "')].initiator.id"))
			.containsExactly("zhangwei");
	}

	@Test
	void aRequestWhoseDeploymentWasDeletedNeverBreaksTheLists() {
		// given a request of a foreign model whose deployment an administrator then
		// deleted
		// with everything started from it (Baton's request row stays)
		String key = models.deploy(Kind.ID_LESS_FLOWS);
		String request = start(key);
		models.removeAll();
		// then every list still answers, and the request's page does not fail
		assertThat(JsonPath.<List<String>>read(ForeignModels.get(http, "/api/requests", "zhangwei"), "$.items[*].id"))
			.contains(request);
		ForeignModels.get(http, "/api/requests?scope=all", "admin");
		ForeignModels.get(http, "/api/tasks", "lina");
		HttpResponse<String> page = http.send(http.request("/api/requests/" + request, "zhangwei", "demo"));
		assertThat(page.statusCode()).as(page.body()).isLessThan(500);
		HttpResponse<String> diagram = http
			.send(http.request("/api/requests/" + request + "/diagram", "zhangwei", "demo"));
		assertThat(diagram.statusCode()).as(diagram.body()).isLessThan(500);
	}

	@Test
	void aMessageStartedRequestIsDecidedFromTheInbox() {
		// given the engine started a request of a message-start model
		String key = models.deploy(Kind.MESSAGE_START);
		runtime.createMessageCorrelation(key + "-order").correlateStartMessage();
		// then lina sees, opens and approves the step
		approverSeesAndApproves(openTask(key));
	}

	@Test
	void aTimerStartedRequestIsDecidedFromTheInbox() {
		String key = models.deploy(Kind.TIMER_START);
		Job timer = management.createJobQuery().processDefinitionKey(key).singleResult();
		management.executeJob(timer.getId());
		approverSeesAndApproves(openTask(key));
	}

	@Test
	void aSignalStartedRequestIsDecidedFromTheInbox() {
		String key = models.deploy(Kind.SIGNAL_START);
		runtime.signalEventReceived(key + "-alarm");
		approverSeesAndApproves(openTask(key));
	}

	@Test
	void aModelWithoutAPlainStartEventCannotBeStartedFromBaton() {
		// given a message-start model
		String key = models.deploy(Kind.MESSAGE_START);
		// when an employee tries to start it from Baton
		HttpResponse<String> refused = http.send(http.request("/api/requests", "zhangwei", "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"processKey\":\"" + key + "\",\"data\":{}}")));
		// then it is not found, and nothing started
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
	}

	private void approverSeesAndApproves(Task task) {
		String inbox = ForeignModels.get(http, "/api/tasks?scope=assigned&size=100", "lina");
		assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].id")).contains(task.getId());
		String detail = ForeignModels.get(http, "/api/tasks/" + task.getId(), "lina");
		assertThat(JsonPath.<Object>read(detail, "$.form")).isNull();
		assertThat(JsonPath.<Boolean>read(detail, "$.canAct")).isTrue();
		assertThat(JsonPath.<String>read(detail, "$.task.stepName.zh")).isNotBlank();
		HttpResponse<String> approved = http
			.send(http.request("/api/tasks/" + task.getId() + "/complete", "lina", "demo")
				.header("Content-Type", "application/json")
				.POST(Http.json("{\"decision\":\"approve\",\"comment\":\"同意\"}")));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
		ForeignModels.get(http, "/api/tasks", "lina");
	}

	private String start(String key) {
		HttpResponse<String> started = http.send(http.request("/api/requests", "zhangwei", "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"processKey\":\"" + key + "\",\"data\":{}}")));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		return JsonPath.read(started.body(), "$.id");
	}

	private Task openTask(String key) {
		List<Task> open = tasks.createTaskQuery().processDefinitionKey(key).list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

}
