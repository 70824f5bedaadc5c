package dev.baton.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.CopiesRequested;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Processes and Requests API (docs/api.md) over HTTP: starting the shipped processes,
 * lists by scope and filter, who may read a request, withdraw, urge, and the status a
 * request ends with.
 */
@BatonTest
@RecordApplicationEvents
class RequestsApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PASSWORD = "demo";

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ApprovalLedger ledger;

	@Autowired
	RequestCopies copies;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEvents recorded;

	@LocalServerPort
	int port;

	// ---------------------------------------------------------------- processes

	@Test
	void anEmployeeSeesTheShippedProcessesWithNamesDescriptionsAndStartForms() throws Exception {
		// when zhangwei asks which processes he can start
		JsonNode processes = body(as("zhangwei", get("/api/processes")).andExpect(status().isOk()));

		// then he gets the three shipped processes, each with both names, a description
		// and its start form
		assertThat(processes.findValuesAsText("key")).contains("leave-request", "project-handoff", "purchase-request");
		JsonNode leave = byKey(processes, "leave-request");
		assertThat(leave.path("name").path("zh").asText()).isEqualTo("请假申请");
		assertThat(leave.path("name").path("en").asText()).isEqualTo("Leave request");
		assertThat(leave.path("description").path("en").asText()).startsWith("An employee applies for leave.");
		assertThat(leave.path("description").path("zh").asText()).startsWith("员工申请休假");
		assertThat(leave.path("version").asInt()).isPositive();
		assertThat(leave.path("definitionId").asText()).startsWith("leave-request:");
		assertThat(leave.path("startForm").path("id").asText()).isEqualTo("leave-request-start");
	}

	// ---------------------------------------------------------------- start

	@Test
	void aProcessForNamedStartersIsOnlyTheirsAndRecordsItsStartBeforeWhatItsFirstStepDecides() throws Exception {
		// given a process only zhouming may start, without an id prefix, whose first step
		// finds nobody and is skipped
		deployProcessForZhouming();

		// then zhangwei neither sees nor starts it
		assertThat(body(as("zhangwei", get("/api/processes"))).findValuesAsText("key"))
			.doesNotContain(ZHOUMINGS_PROCESS);
		as("zhangwei",
				post("/api/requests").contentType(MediaType.APPLICATION_JSON)
					.content(start(ZHOUMINGS_PROCESS, Map.of())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("request.process.notAllowed"));
		// when zhouming starts it
		assertThat(body(as("zhouming", get("/api/processes"))).findValuesAsText("key")).contains(ZHOUMINGS_PROCESS);
		JsonNode request = body(as("zhouming", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(start(ZHOUMINGS_PROCESS, Map.of()))).andExpect(status().isCreated()));

		// then its id takes the initials of the process key, and its timeline has the
		// start before the skip
		assertThat(request.path("id").asText()).matches("TFSS-\\d{8}-\\d{4}");
		assertThat(request.path("timeline").findValuesAsText("decision")).containsExactly("start", "skip");
		assertThat(request.path("currentSteps").get(0).path("stepId").asText()).isEqualTo("Task_Second");
		assertThat(request.path("currentSteps").get(0).path("assignee").path("id").asText()).isEqualTo("zhouming");
	}

	@Test
	void startingALeaveRequestAnswers201WithItsIdAndPutsItWithTheDirectManager() throws Exception {
		// when zhangwei submits a two-day leave request
		ResultActions response = as("zhangwei", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(start("leave-request", leave(2))));

		// then it is created under an LV id of today, and its Location names it
		JsonNode request = body(response.andExpect(status().isCreated()));
		String id = request.path("id").asText();
		assertThat(id).matches("LV-\\d{8}-\\d{4}");
		assertThat(id.substring(3, 11)).isIn(today());
		response.andExpect(header().string("Location", "/api/requests/" + id));
		// and it waits for lina, zhangwei's manager, at the manager approval
		assertThat(request.path("status").asText()).isEqualTo("RUNNING");
		assertThat(request.path("processKey").asText()).isEqualTo("leave-request");
		assertThat(request.path("processName").path("zh").asText()).isEqualTo("请假申请");
		assertThat(request.path("title").asText()).isEqualTo("张伟的请假申请");
		assertThat(request.path("initiator").path("id").asText()).isEqualTo("zhangwei");
		assertThat(request.path("initiator").path("name").asText()).isEqualTo("张伟");
		assertThat(request.path("currentSteps")).hasSize(1);
		JsonNode step = request.path("currentSteps").get(0);
		assertThat(step.path("stepId").asText()).isEqualTo("Task_ManagerApproval");
		assertThat(step.path("name").asText()).isEqualTo("直属上级审批");
		assertThat(step.path("taskId").asText()).isNotBlank();
		assertThat(step.path("assignee").path("id").asText()).isEqualTo("lina");
		assertThat(step.path("assignee").path("name").asText()).isEqualTo("李娜");
		assertThat(step.path("createdAt").asText()).isNotBlank();
		// and it shows the submitted data, none of the engine's own variables, and the
		// start in its timeline
		assertThat(request.path("data").path("days").asDouble()).isEqualTo(2.0);
		assertThat(request.path("data").path("leaveType").asText()).isEqualTo("annual");
		assertThat(request.path("data").has("initiator")).isFalse();
		assertThat(request.path("timeline")).hasSize(1);
		assertThat(request.path("timeline").get(0).path("decision").asText()).isEqualTo("start");
		assertThat(request.path("timeline").get(0).path("actor").path("id").asText()).isEqualTo("zhangwei");
		assertThat(request.path("timeline").get(0).path("stepId").asText()).isEqualTo("StartEvent_RequestSubmitted");
		assertThat(request.path("canWithdraw").asBoolean()).isTrue();
		assertThat(request.path("canUrge").asBoolean()).isTrue();
		// and the engine runs it as zhangwei's instance with the id as business key; the
		// ledger holds a hash of the data
		String instanceId = instanceOf(id);
		assertThat(runtimeService.getVariable(instanceId, "initiator")).isEqualTo("zhangwei");
		assertThat(ledger.entriesOf(instanceId)).singleElement()
			.satisfies(entry -> assertThat(entry.dataHash()).matches("[0-9a-f]{64}"));
	}

	@Test
	void startingAPurchaseRequestTakesItsTitleFromTheFormAndWaitsForTheDepartmentHead() throws Exception {
		// when zhangwei asks to buy office supplies
		JsonNode request = body(as("zhangwei",
				post("/api/requests").contentType(MediaType.APPLICATION_JSON)
					.content(start("purchase-request", purchase("办公用品采购 Office supplies"))))
			.andExpect(status().isCreated()));

		// then it is a PR request titled from the form, waiting for lina, head of sales
		assertThat(request.path("id").asText()).matches("PR-\\d{8}-\\d{4}");
		assertThat(request.path("title").asText()).isEqualTo("办公用品采购 Office supplies");
		assertThat(request.path("currentSteps").get(0).path("stepId").asText())
			.isEqualTo("Task_DepartmentHeadApproval");
		assertThat(request.path("currentSteps").get(0).path("assignee").path("id").asText()).isEqualTo("lina");
		assertThat(request.path("data").path("items")).hasSize(2);
		assertThat(request.path("data").path("items").get(0).path("name").asText()).isEqualTo("笔记本 Notebooks");
	}

	@Test
	void startingAProjectHandoffWaitsForTheDeliveryManager() throws Exception {
		// when zhangwei, from sales, hands a signed project over
		JsonNode request = body(as("zhangwei", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(start("project-handoff", handoff()))).andExpect(status().isCreated()));

		// then it is a PH request waiting for chenjie's delivery review
		assertThat(request.path("id").asText()).matches("PH-\\d{8}-\\d{4}");
		assertThat(request.path("currentSteps").get(0).path("stepId").asText()).isEqualTo("Task_DeliveryReview");
		assertThat(request.path("currentSteps").get(0).path("assignee").path("id").asText()).isEqualTo("chenjie");
		assertThat(request.path("data").path("handoffChecklist")).hasSize(2);
	}

	@Test
	void aRequestReadInEnglishHasEnglishProcessAndStepNames() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);

		// when he reads it in English
		JsonNode request = body(http
			.perform(
					get("/api/requests/" + id).with(httpBasic("zhangwei", PASSWORD)).header("Accept-Language", "en-US"))
			.andExpect(status().isOk()));

		// then the title and the step are in English
		assertThat(request.path("title").asText()).isEqualTo("Leave request – 张伟");
		assertThat(request.path("currentSteps").get(0).path("name").asText()).isEqualTo("Manager approval");
		assertThat(request.path("processName").path("en").asText()).isEqualTo("Leave request");
	}

	@Test
	void startingAProcessThatDoesNotExistIs404() throws Exception {
		as("zhangwei",
				post("/api/requests").contentType(MediaType.APPLICATION_JSON)
					.content(start("no-such-process", Map.of())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("request.process.notFound"));
	}

	@Test
	void aStartWithoutProcessKeyIs400NamingTheField() throws Exception {
		as("zhangwei", post("/api/requests").contentType(MediaType.APPLICATION_JSON).content("{\"data\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("processKey"));
	}

	@Test
	void dataThatSetsAnEngineOwnedVariableIsRefusedWith400AndStartsNothing() throws Exception {
		// given the number of instances so far
		long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("leave-request").count();
		// when zhangwei's submission tries to set the initiator and Baton's approval
		// bookkeeping
		Map<String, Object> data = leave(1);
		data.put("initiator", "lina");
		data.put("batonLastApprovers", "lina");
		ResultActions response = as("zhangwei",
				post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(start("leave-request", data)));

		// then it is refused naming both fields, and nothing was started
		JsonNode problem = body(response.andExpect(status().isBadRequest()));
		assertThat(problem.path("errors").findValuesAsText("field")).contains("initiator", "batonLastApprovers");
		assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("leave-request").count())
			.isEqualTo(before);
	}

	// ---------------------------------------------------------------- lists

	@Test
	void listsShowMyRequestsTheOnesIAmInvolvedInAndFilterByStatusProcessAndText() throws Exception {
		// given zhangwei's purchase request with a unique title and his leave request,
		// both waiting for lina
		String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
		String purchase = startRequest("zhangwei", "purchase-request", purchase("采购 " + marker));
		String leave = startLeave("zhangwei", 1);

		// then both are zhangwei's, newest first
		JsonNode mine = list("zhangwei", "scope=mine&size=100");
		assertThat(ids(mine)).contains(purchase, leave);
		assertThat(ids(mine).indexOf(leave)).isLessThan(ids(mine).indexOf(purchase));
		JsonNode first = mine.path("items").get(ids(mine).indexOf(leave));
		assertThat(first.path("currentSteps").get(0).path("stepId").asText()).isEqualTo("Task_ManagerApproval");
		assertThat(first.path("initiator").path("name").asText()).isEqualTo("张伟");
		// a running request has no news for its initiator
		assertThat(first.path("unread").isBoolean()).isTrue();
		assertThat(first.path("unread").asBoolean()).isFalse();
		assertThat(mine.path("page").asInt()).isZero();
		assertThat(mine.path("size").asInt()).isEqualTo(100);
		// and lina, who has their tasks, is involved in both, but they are not hers;
		// liuyang is not involved
		assertThat(ids(list("lina", "scope=involved&size=100"))).contains(purchase, leave);
		assertThat(ids(list("lina", "scope=mine&size=100"))).doesNotContain(purchase, leave);
		assertThat(ids(list("liuyang", "scope=involved&size=100"))).doesNotContain(purchase, leave);
		// and the filters narrow the list
		assertThat(ids(list("zhangwei", "q=" + marker.toLowerCase()))).containsExactly(purchase);
		assertThat(list("zhangwei", "q=" + marker).path("total").asLong()).isEqualTo(1);
		assertThat(ids(list("zhangwei", "q=" + leave))).containsExactly(leave);
		assertThat(ids(list("zhangwei", "q=张伟&size=100"))).contains(purchase, leave);
		assertThat(ids(list("zhangwei", "q=Leave request&size=100"))).contains(leave).doesNotContain(purchase);
		assertThat(ids(list("zhangwei", "processKey=purchase-request&size=100"))).contains(purchase)
			.doesNotContain(leave);
		assertThat(ids(list("zhangwei", "status=RUNNING&size=100"))).contains(purchase, leave);
		assertThat(ids(list("zhangwei", "status=withdrawn&size=100"))).doesNotContain(purchase, leave);
		// and LIKE wildcards in q are plain text
		assertThat(list("zhangwei", "q=%").path("total").asLong()).isZero();
		assertThat(list("zhangwei", "q=_").path("total").asLong()).isZero();
	}

	@Test
	void listsArePagedWithTheTotal() throws Exception {
		// given zhangwei has at least three requests
		startLeave("zhangwei", 1);
		startLeave("zhangwei", 1);
		startLeave("zhangwei", 1);
		long total = list("zhangwei", "scope=mine&size=100").path("total").asLong();

		// when he reads them two at a time
		JsonNode first = list("zhangwei", "scope=mine&page=0&size=2");
		JsonNode second = list("zhangwei", "scope=mine&page=1&size=2");

		// then each page has two different ones and knows the total
		assertThat(first.path("items")).hasSize(2);
		assertThat(second.path("items")).hasSize(2);
		assertThat(first.path("total").asLong()).isEqualTo(total);
		assertThat(second.path("total").asLong()).isEqualTo(total);
		assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
	}

	@Test
	void badListParametersAre400NamingThem() throws Exception {
		JsonNode problem = body(as("zhangwei", get("/api/requests?scope=everything&status=LOST&size=101"))
			.andExpect(status().isBadRequest()));
		assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("scope", "status",
				"size");
	}

	@Test
	void allRequestsAreForAnalystsAndAdministratorsOnly() throws Exception {
		// given a request of zhangwei's
		String id = startLeave("zhangwei", 1);

		// then zhangwei may not list all requests
		as("zhangwei", get("/api/requests?scope=all")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("request.scope.allForbidden"));
		// and zhouming, the general manager and an analyst, and the administrator may,
		// and see it
		assertThat(ids(list("zhouming", "scope=all&q=" + id))).containsExactly(id);
		assertThat(ids(list("admin", "scope=all&q=" + id))).containsExactly(id);
	}

	@Test
	void aCopiedRequestIsListedUnreadUntilItIsOpened() throws Exception {
		// given zhangwei's leave request, copied to liuyang by lina from her step
		String id = startLeave("zhangwei", 1);
		String instanceId = instanceOf(id);
		List<String> copied = transaction
			.execute(status -> copies.copy(instanceId, List.of("liuyang", "liuyang"), "lina", "Task_ManagerApproval"));
		assertThat(copied).containsExactly("liuyang");

		// then liuyang finds it among his copies, unread, and it is not his
		JsonNode cc = list("liuyang", "scope=cc&q=" + id);
		assertThat(ids(cc)).containsExactly(id);
		assertThat(cc.path("items").get(0).path("unread").asBoolean()).isTrue();
		assertThat(ids(list("liuyang", "scope=mine&size=100"))).doesNotContain(id);
		// when he opens it
		as("liuyang", get("/api/requests/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.canWithdraw").value(false))
			.andExpect(jsonPath("$.canUrge").value(false));
		// then it is read
		assertThat(list("liuyang", "scope=cc&q=" + id).path("items").get(0).path("unread").asBoolean()).isFalse();
		// and the copy was announced for notifications
		assertThat(recorded.stream(RequestCopied.class)).anySatisfy(event -> {
			assertThat(event.requestId()).isEqualTo(id);
			assertThat(event.userIds()).containsExactly("liuyang");
			assertThat(event.byUserId()).isEqualTo("lina");
		});
	}

	@Test
	void theTasksModulesCopyEventCopiesTheRequest() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);
		// when the tasks module announces that lina copied it to wangfang
		transaction.executeWithoutResult(status -> events.publishEvent(
				new CopiesRequested(instanceOf(id), "Task_ManagerApproval", "lina", List.of("wangfang"), "请知悉 FYI")));
		// then wangfang finds it among her copies
		assertThat(ids(list("wangfang", "scope=cc&q=" + id))).containsExactly(id);
	}

	@Test
	void copyingToSomeoneWhoIsNotAnActivePersonCopiesToNobody() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);
		String instanceId = instanceOf(id);

		// when lina copies it to liuyang, to qianjun who has left and to an unknown login
		assertThatThrownBy(() -> transaction.executeWithoutResult(
				status -> copies.copy(instanceId, List.of("liuyang", "qianjun", "nobody"), "lina", null)))
			// then the copy is refused naming the people who cannot get it
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.status().value()).isEqualTo(400);
				assertThat(problem.fieldProblems()).extracting(ProblemException.FieldProblem::arguments)
					.containsExactly(List.of("qianjun"), List.of("nobody"));
			});
		// and nobody got it
		assertThat(ids(list("liuyang", "scope=cc&q=" + id))).isEmpty();
	}

	// ---------------------------------------------------------------- reach

	@Test
	void onlyPeopleWithinReachReadARequestAndItsDiagram() throws Exception {
		// given zhangwei's leave request waiting for lina
		String id = startLeave("zhangwei", 1);

		// then liuyang, a colleague with nothing to do with it, may not read it or its
		// diagram
		as("liuyang", get("/api/requests/" + id)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("request.forbidden"));
		as("liuyang", get("/api/requests/" + id + "/diagram")).andExpect(status().isForbidden());
		// and lina (the approver), zhouming (analyst) and the administrator may
		as("lina", get("/api/requests/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.canWithdraw").value(false));
		as("zhouming", get("/api/requests/" + id)).andExpect(status().isOk());
		as("admin", get("/api/requests/" + id)).andExpect(status().isOk());
		// and the initiator sees the diagram with where the request is
		JsonNode diagram = body(as("zhangwei", get("/api/requests/" + id + "/diagram")).andExpect(status().isOk()));
		assertThat(diagram.path("bpmnXml").asText()).contains("<bpmn:process id=\"leave-request\"");
		assertThat(texts(diagram.path("activeStepIds"))).containsExactly("Task_ManagerApproval");
		assertThat(texts(diagram.path("completedStepIds"))).containsExactly("StartEvent_RequestSubmitted");
	}

	@Test
	void candidatesOfAnOpenStepReadTheRequestAndAreInvolvedOnceTheyClaimIt() throws Exception {
		// given zhangwei's small purchase, approved by lina, now with procurement:
		// huangqiang or wujing places the order
		String id = startRequest("zhangwei", "purchase-request", purchase("文具 Stationery"));
		approve(id, "Task_DepartmentHeadApproval", "lina");

		// then wujing, a candidate, reads it and sees both candidates and no assignee
		JsonNode request = body(as("wujing", get("/api/requests/" + id)).andExpect(status().isOk()));
		JsonNode step = request.path("currentSteps").get(0);
		assertThat(step.path("stepId").asText()).isEqualTo("Task_PlaceOrder");
		assertThat(step.path("assignee").isNull()).isTrue();
		assertThat(step.path("candidates").findValuesAsText("id")).containsExactlyInAnyOrder("huangqiang", "wujing");
		assertThat(step.path("candidates").findValuesAsText("name")).contains("吴静");
		// and zhangwei's urge goes to both of them
		as("zhangwei", post("/api/requests/" + id + "/urge")).andExpect(status().isNoContent());
		assertThat(recorded.stream(RequestUrged.class).filter(event -> event.requestId().equals(id))).singleElement()
			.satisfies(event -> assertThat(event.approverIds()).containsExactlyInAnyOrder("huangqiang", "wujing"));
		// and once wujing claims the task, the request is among the ones she is involved
		// in
		assertThat(ids(list("wujing", "scope=involved&q=" + id))).isEmpty();
		taskService.claim(step.path("taskId").asText(), "wujing");
		assertThat(ids(list("wujing", "scope=involved&q=" + id))).containsExactly(id);
	}

	@Test
	void theOpenApiDescriptionCoversProcessesAndRequests() throws Exception {
		JsonNode api = body(http.perform(get("/v3/api-docs")).andExpect(status().isOk()));
		assertThat(api.path("paths").has("/api/processes")).isTrue();
		assertThat(api.path("paths").has("/api/requests")).isTrue();
		assertThat(api.path("paths").has("/api/requests/{id}/withdraw")).isTrue();
		assertThat(api.path("paths").has("/api/requests/{id}/urge")).isTrue();
		assertThat(api.path("paths").has("/api/requests/{id}/diagram")).isTrue();
		assertThat(api.path("components").path("schemas").has("RequestView")).isTrue();
	}

	@Test
	void aRequestThatDoesNotExistIs404() throws Exception {
		as("zhangwei", get("/api/requests/LV-19990101-0001")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("request.notFound"));
	}

	// ---------------------------------------------------------------- withdraw

	@Test
	void theInitiatorWithdrawsARequestBeforeAnyoneDecided() throws Exception {
		// given zhangwei's leave request, not yet decided
		String id = startLeave("zhangwei", 1);
		String instanceId = instanceOf(id);

		// when he withdraws it
		JsonNode request = body(
				as("zhangwei", post("/api/requests/" + id + "/withdraw").contentType(MediaType.APPLICATION_JSON)
					.content("{\"comment\":\"行程取消 Trip cancelled\"}")).andExpect(status().isOk()));

		// then it is withdrawn and ended, with the withdrawal in its timeline
		assertThat(request.path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(request.path("endedAt").asText()).isNotBlank();
		assertThat(request.path("currentSteps")).isEmpty();
		assertThat(request.path("timeline").findValuesAsText("decision")).containsExactly("start", "withdraw");
		assertThat(request.path("timeline").get(1).path("comment").asText()).isEqualTo("行程取消 Trip cancelled");
		assertThat(request.path("timeline").get(1).path("actor").path("id").asText()).isEqualTo("zhangwei");
		assertThat(request.path("canWithdraw").asBoolean()).isFalse();
		assertThat(request.path("canUrge").asBoolean()).isFalse();
		// and the engine deleted the instance for Baton's withdraw reason
		HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult();
		assertThat(instance.getEndTime()).isNotNull();
		assertThat(instance.getDeleteReason()).isEqualTo("baton:withdrawn");
		// and it lists as withdrawn, and cannot be withdrawn twice
		assertThat(ids(list("zhangwei", "status=WITHDRAWN&q=" + id))).containsExactly(id);
		as("zhangwei", post("/api/requests/" + id + "/withdraw")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.notRunning"));
	}

	@Test
	void onlyTheInitiatorMayWithdraw() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);

		// when lina, his manager, tries to withdraw it
		as("lina", post("/api/requests/" + id + "/withdraw")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("request.notInitiator"));

		// then it still runs
		as("zhangwei", get("/api/requests/" + id)).andExpect(jsonPath("$.status").value("RUNNING"));
	}

	@Test
	void aRequestCannotBeWithdrawnOnceAnApproverHasDecided() throws Exception {
		// given zhangwei's one-day leave request that lina has approved
		String id = startLeave("zhangwei", 1);
		approve(id, "Task_ManagerApproval", "lina");

		// when zhangwei tries to withdraw it
		as("zhangwei", post("/api/requests/" + id + "/withdraw"))
			// then it is too late
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.withdraw.tooLate"));
		JsonNode request = body(as("zhangwei", get("/api/requests/" + id)).andExpect(status().isOk()));
		assertThat(request.path("status").asText()).isEqualTo("RUNNING");
		assertThat(request.path("canWithdraw").asBoolean()).isFalse();
		assertThat(request.path("currentSteps").get(0).path("stepId").asText()).isEqualTo("Task_HrRecord");
		assertThat(request.path("timeline").findValuesAsText("decision")).containsExactly("start", "approve");
		assertThat(request.path("timeline").get(1).path("actor").path("name").asText()).isEqualTo("李娜");
	}

	// ---------------------------------------------------------------- urge

	@Test
	void theInitiatorUrgesTheApproverAndTheLedgerRecordsIt() throws Exception {
		// given zhangwei's leave request waiting for lina
		String id = startLeave("zhangwei", 1);
		String instanceId = instanceOf(id);

		// when he urges it
		as("zhangwei", post("/api/requests/" + id + "/urge").contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"明天出发 Leaving tomorrow\"}")).andExpect(status().isNoContent());

		// then the ledger records the urge at lina's step
		LedgerEntry urge = ledger.entriesOf(instanceId).get(1);
		assertThat(urge.decision()).isEqualTo("urge");
		assertThat(urge.actorId()).isEqualTo("zhangwei");
		assertThat(urge.stepId()).isEqualTo("Task_ManagerApproval");
		assertThat(urge.comment()).isEqualTo("明天出发 Leaving tomorrow");
		// and notifications learn whom to remind
		assertThat(recorded.stream(RequestUrged.class)).anySatisfy(event -> {
			assertThat(event.requestId()).isEqualTo(id);
			assertThat(event.processInstanceId()).isEqualTo(instanceId);
			assertThat(event.byUserId()).isEqualTo("zhangwei");
			assertThat(event.approverIds()).containsExactly("lina");
			assertThat(event.comment()).isEqualTo("明天出发 Leaving tomorrow");
		});
		// and an urge does not stop him from withdrawing
		as("zhangwei", get("/api/requests/" + id)).andExpect(jsonPath("$.canWithdraw").value(true));
	}

	@Test
	void urgingAgainWithinHalfAnHourIsRefusedSayingHowLongToWaitAndRemindsNobody() throws Exception {
		// given zhangwei urged his leave request a moment ago
		String id = startLeave("zhangwei", 1);
		String instanceId = instanceOf(id);
		as("zhangwei", post("/api/requests/" + id + "/urge")).andExpect(status().isNoContent());
		long reminders = recorded.stream(RequestUrged.class).filter(event -> event.requestId().equals(id)).count();

		// when he urges it again
		http.perform(post("/api/requests/" + id + "/urge").with(httpBasic("zhangwei", PASSWORD))
			.header("Accept-Language", "en-US"))
			// then he is told to wait, in his language, and nothing is recorded or sent
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("request.urge.tooSoon"))
			.andExpect(jsonPath("$.detail")
				.value("You may urge a request once every 30 minutes: try again in 30 minutes."))
			.andExpect(header().string("Retry-After", "1800"));
		assertThat(ledger.entriesOf(instanceId)).filteredOn(entry -> entry.decision().equals("urge")).hasSize(1);
		assertThat(recorded.stream(RequestUrged.class).filter(event -> event.requestId().equals(id)).count())
			.isEqualTo(reminders);
	}

	@Test
	void onlyTheInitiatorUrgesAndOnlyWhileTheRequestRuns() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);
		// then lina may not urge it
		as("lina", post("/api/requests/" + id + "/urge")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("request.notInitiator"));
		// and once withdrawn, nobody can
		as("zhangwei", post("/api/requests/" + id + "/withdraw")).andExpect(status().isOk());
		as("zhangwei", post("/api/requests/" + id + "/urge")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("request.notRunning"));
	}

	// ---------------------------------------------------------------- how a request ends

	@Test
	void aRequestRejectedByAnApproverIsRejected() throws Exception {
		// given zhangwei's leave request waiting for lina
		String id = startLeave("zhangwei", 1);
		Task task = openTask(id, "Task_ManagerApproval");

		// when lina rejects it the way the tasks module does: a reject row, then the BPMN
		// error
		transaction.executeWithoutResult(status -> {
			ledger.append(ledgerEntry(task, "lina", "reject", "不批准 Not approved"));
			taskService.handleBpmnError(task.getId(), "baton-rejected");
		});

		// then the request is rejected and ended, and zhangwei can neither withdraw nor
		// urge it
		JsonNode request = body(as("zhangwei", get("/api/requests/" + id)).andExpect(status().isOk()));
		assertThat(request.path("status").asText()).isEqualTo("REJECTED");
		assertThat(request.path("endedAt").asText()).isNotBlank();
		assertThat(request.path("timeline").findValuesAsText("decision")).containsExactly("start", "reject");
		assertThat(request.path("canWithdraw").asBoolean()).isFalse();
		assertThat(request.path("canUrge").asBoolean()).isFalse();
		assertThat(ids(list("zhangwei", "status=REJECTED&q=" + id))).containsExactly(id);
	}

	@Test
	void aRequestThatRanToItsEndIsCompleted() throws Exception {
		// given zhangwei's one-day leave request approved by lina
		String id = startLeave("zhangwei", 1);
		approve(id, "Task_ManagerApproval", "lina");

		// when HR records it
		Task record = openTask(id, "Task_HrRecord");
		transaction.executeWithoutResult(status -> {
			ledger.append(ledgerEntry(record, "zhouting", "approve", null));
			taskService.complete(record.getId(), Map.of("recorded", true));
		});

		// then it is completed, and zhouting is involved in it
		as("zhangwei", get("/api/requests/" + id)).andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.endedAt").isNotEmpty());
		assertThat(ids(list("zhouting", "scope=involved&q=" + id))).containsExactly(id);
	}

	@Test
	void aRequestDeletedByAnAdministratorIsCancelled() throws Exception {
		// given zhangwei's leave request
		String id = startLeave("zhangwei", 1);
		// when an administrator deletes its instance
		runtimeService.deleteProcessInstance(instanceOf(id), "stuck instance");
		// then the request is cancelled
		as("zhangwei", get("/api/requests/" + id)).andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	// ---------------------------------------------------------------- ids under load

	@Test
	void requestIdsStayUniqueWhenTwentyRequestsStartFromFourThreadsAtOnce() throws Exception {
		// given four clients ready to start five leave requests each at the same moment
		Http client = new Http(port);
		String body = start("leave-request", leave(1));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<List<HttpResponse<String>>>> results = new ArrayList<>();
		try {
			for (int thread = 0; thread < 4; thread++) {
				results.add(threads.submit(() -> {
					go.await();
					List<HttpResponse<String>> responses = new ArrayList<>();
					for (int i = 0; i < 5; i++) {
						responses.add(client.send(client.request("/api/requests", "zhangwei", PASSWORD)
							.header("Content-Type", "application/json")
							.POST(Http.json(body))));
					}
					return responses;
				}));
			}

			// when they go
			go.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<List<HttpResponse<String>>> result : results) {
				responses.addAll(result.get(120, TimeUnit.SECONDS));
			}

			// then all twenty started, each with an id of its own
			Set<String> ids = new HashSet<>();
			for (HttpResponse<String> response : responses) {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				ids.add(JSON.readTree(response.body()).path("id").asText());
			}
			assertThat(ids).hasSize(20).allSatisfy(id -> assertThat(id).matches("LV-\\d{8}-\\d{4}"));
			assertThat(ids.stream().map(this::instanceOf).distinct()).hasSize(20);
		}
		finally {
			threads.shutdownNow();
		}
	}

	// ---------------------------------------------------------------- helpers

	private static final String ZHOUMINGS_PROCESS = "test-first-step-skipped";

	/**
	 * A process for zhouming only; its first step asks a login nobody has and is skipped
	 * (if-none=skip).
	 */
	private void deployProcessForZhouming() {
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_test" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="test-first-step-skipped" name="测试" isExecutable="true"
				      camunda:historyTimeToLive="P1D" camunda:candidateStarterUsers="zhouming">
				    <bpmn:startEvent id="StartEvent_RequestSubmitted" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_RequestSubmitted" targetRef="Task_Nobody" />
				    <bpmn:userTask id="Task_Nobody" name="无人审批">
				      <bpmn:extensionElements>
				        <camunda:properties>
				          <camunda:property name="baton.approver" value="users" />
				          <camunda:property name="baton.users" value="ghost" />
				          <camunda:property name="baton.if-none" value="skip" />
				        </camunda:properties>
				      </bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Nobody" targetRef="Task_Second" />
				    <bpmn:userTask id="Task_Second" name="确认" camunda:assignee="${initiator}" />
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Second" targetRef="EndEvent_Completed" />
				    <bpmn:endEvent id="EndEvent_Completed" />
				  </bpmn:process>
				</bpmn:definitions>
				""";
		repositoryService.createDeployment()
			.name(ZHOUMINGS_PROCESS)
			.enableDuplicateFiltering(false)
			.addString(ZHOUMINGS_PROCESS + ".bpmn", bpmn)
			.deploy();
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, PASSWORD)).header("Accept-Language", "zh-CN"));
	}

	private static JsonNode body(ResultActions response) throws Exception {
		return JSON
			.readTree(response.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * GET /api/requests with the query's parameters as given, e.g.
	 * {@code "scope=mine&q=50%"} (not URL-encoded).
	 */
	private JsonNode list(String user, String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/requests");
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			request.param(parameter.substring(0, equals), parameter.substring(equals + 1));
		}
		return body(as(user, request).andExpect(status().isOk()));
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asText()));
		return ids;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	private static JsonNode byKey(JsonNode processes, String key) {
		for (JsonNode process : processes) {
			if (key.equals(process.path("key").asText())) {
				return process;
			}
		}
		throw new AssertionError("no process " + key + " in " + processes);
	}

	private String startLeave(String user, double days) throws Exception {
		return startRequest(user, "leave-request", leave(days));
	}

	private String startRequest(String user, String processKey, Map<String, Object> data) throws Exception {
		return body(
				as(user, post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(start(processKey, data)))
					.andExpect(status().isCreated()))
			.path("id")
			.asText();
	}

	private String instanceOf(String requestId) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
	}

	private Task openTask(String requestId, String stepId) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(instanceOf(requestId))
			.taskDefinitionKey(stepId)
			.singleResult();
		assertThat(task).as("open task %s of %s", stepId, requestId).isNotNull();
		return task;
	}

	/**
	 * Approves the way the tasks module does: an approve row in the ledger, then the task
	 * completes.
	 */
	private void approve(String requestId, String stepId, String approver) {
		Task task = openTask(requestId, stepId);
		assertThat(task.getAssignee()).isEqualTo(approver);
		transaction.executeWithoutResult(status -> {
			ledger.append(ledgerEntry(task, approver, "approve", null));
			taskService.complete(task.getId());
		});
	}

	private LedgerEntry ledgerEntry(Task task, String actor, String decision, String comment) {
		String requestId = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		return new LedgerEntry(null, task.getProcessInstanceId(), requestId, task.getProcessDefinitionId(),
				task.getTaskDefinitionKey(), task.getName(), task.getId(), actor, null, decision, comment, null, null);
	}

	private static String start(String processKey, Map<String, Object> data) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("processKey", processKey);
		body.put("data", data);
		return JSON.writeValueAsString(body);
	}

	private static List<String> today() {
		// the business day of the server; either side of midnight while the test runs
		DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
		LocalDate now = LocalDate.now();
		return List.of(now.format(day), now.minusDays(1).format(day));
	}

	static Map<String, Object> leave(double days) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("leaveType", "annual");
		values.put("startDate", "2030-05-06");
		values.put("endDate", "2030-05-10");
		values.put("days", days);
		values.put("reason", "探亲 Family visit");
		return values;
	}

	static Map<String, Object> purchase(String title) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("reason", "新员工入职 New hires");
		values.put("neededBy", "2030-01-15");
		values.put("items", List.of(Map.of("name", "笔记本 Notebooks", "quantity", 10, "unitPrice", 12.5),
				Map.of("name", "签字笔 Pens", "quantity", 20, "unitPrice", 3)));
		values.put("total", 185.0);
		return values;
	}

	static Map<String, Object> handoff() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("projectName", "华东仓储系统 East China warehouse system");
		values.put("customer", "上海某物流有限公司 Shanghai Logistics Ltd.");
		values.put("contractNumber", "HT-2030-017");
		values.put("contractAmount", 860000.0);
		values.put("signedDate", "2030-02-20");
		values.put("handoffChecklist", List.of("contract-signed", "sow-attached"));
		values.put("notes", "客户希望三月初启动 Customer wants to start early March");
		return values;
	}

}
