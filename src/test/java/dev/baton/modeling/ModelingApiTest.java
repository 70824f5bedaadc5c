package dev.baton.modeling;

import static dev.baton.modeling.DesignerModels.expenseClaim;
import static dev.baton.modeling.DesignerModels.expenseClaimForms;
import static dev.baton.modeling.DesignerModels.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.baton.support.BatonTest;

/**
 * The process designer's API (docs/api.md, "Modeling") over HTTP as the demo designer 郑雨
 * ({@code designer}): drafts on the server with revisions, checks, route preview, publish
 * into real engine versions, diff and rollback.
 */
@BatonTest
class ModelingApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PASSWORD = "demo";

	private static final String PROCESSES = "/api/modeling/processes";

	@Autowired
	MockMvc http;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	IdentityService identityService;

	// ---------------------------------------------------------------- who may

	@Test
	void anEmployeeMayNeitherListNorCreateProcessModels() throws Exception {
		// when zhangwei, an employee, asks for the designer's process list or creates a
		// process
		as("zhangwei", get(PROCESSES)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
		as("zhangwei", post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
			.content(newProcess(uniqueKey("forbidden"), "不允许", null))).andExpect(status().isForbidden());

		// then designers and administrators may
		as("designer", get(PROCESSES)).andExpect(status().isOk());
		as("admin", get(PROCESSES)).andExpect(status().isOk());
	}

	// ---------------------------------------------------------------- drafts

	@Test
	void aBlankDraftIsSavedOnTheServerAndIsTheSameAfterAReload() throws Exception {
		// given a new process from the blank template
		String key = uniqueKey("travel-request");
		JsonNode created = body(as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
					.content(newProcess(key, "出差申请", "Travel request")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", PROCESSES + "/" + key + "/draft")));

		// then it is revision 1 with Baton's defaults and a start form
		assertThat(created.path("revision").asInt()).isEqualTo(1);
		assertThat(created.path("baseVersion").isNull()).isTrue();
		String blank = created.path("bpmnXml").asText();
		assertThat(blank).contains("id=\"" + key + "\"", "name=\"出差申请\"", "camunda:historyTimeToLive=\"P3650D\"",
				"modeler:executionPlatformVersion=\"7.24.0\"", "camunda:initiator=\"initiator\"",
				"value=\"Travel request\"", "errorCode=\"baton-rejected\"", "camunda:formRef=\"" + key + "-start\"");
		assertThat(DesignerModels.ids(created.path("forms"), "id")).containsExactly(key + "-start");
		assertThat(created.path("updatedBy").path("id").asText()).isEqualTo("designer");
		// and the blank model passes the checks as it is
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));
		assertThat(check.path("findings").findValuesAsText("severity")).doesNotContain("error");
		assertThat(check.path("publishable").asBoolean()).isTrue();

		// when the designer renames it and saves revision 1
		String renamed = blank.replace("name=\"出差申请\"", "name=\"差旅申请\"");
		JsonNode saved = body(as("designer",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, renamed,
							Map.of(key + "-start", (ObjectNode) created.path("forms").get(0).path("schema")))))
			.andExpect(status().isOk()));

		// then the draft is revision 2, and reloading it gives exactly what was saved
		assertThat(saved.path("revision").asInt()).isEqualTo(2);
		JsonNode reloaded = body(as("designer", get(PROCESSES + "/" + key + "/draft")).andExpect(status().isOk()));
		assertThat(reloaded.path("revision").asInt()).isEqualTo(2);
		assertThat(reloaded.path("bpmnXml").asText()).isEqualTo(renamed);
		assertThat(reloaded.path("name").path("zh").asText()).isEqualTo("差旅申请");
		assertThat(reloaded.path("forms").get(0).path("schema")).isEqualTo(created.path("forms").get(0).path("schema"));
		// and the process list shows it as a draft without versions
		JsonNode listed = byKey(body(as("designer", get(PROCESSES))), key);
		assertThat(listed.path("latestVersion").isNull()).isTrue();
		assertThat(listed.path("versions").size()).isZero();
		assertThat(listed.path("draft").path("revision").asInt()).isEqualTo(2);
		assertThat(listed.path("draft").path("updatedBy").path("name").asText()).isEqualTo("郑雨");
	}

	@Test
	void aSaveOverARevisionSomeoneElseReplacedIsRefusedNamingWhoSavedAndWhen() throws Exception {
		// given a draft that the designer and the administrator both opened at revision 1
		String key = uniqueKey("stale");
		JsonNode draft = createBlank(key);
		String xml = draft.path("bpmnXml").asText();
		ObjectNode startForm = (ObjectNode) draft.path("forms").get(0).path("schema");

		// when the administrator saves first
		as("admin",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, xml.replace("name=\"过期\"", "name=\"管理员的版本\""), Map.of(key + "-start", startForm))))
			.andExpect(status().isOk());
		// and the designer then saves over revision 1
		JsonNode refused = body(as("designer",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, xml.replace("name=\"过期\"", "name=\"设计者的版本\""), Map.of(key + "-start", startForm))))
			.andExpect(status().isConflict()));

		// then the designer is told who saved meanwhile, and the administrator's save is
		// kept
		assertThat(refused.path("code").asText()).isEqualTo("modeling.draft.stale");
		assertThat(refused.path("detail").asText()).contains("系统管理员");
		assertThat(refused.path("revision").asInt()).isEqualTo(2);
		assertThat(refused.path("updatedBy").path("id").asText()).isEqualTo("admin");
		assertThat(refused.path("updatedAt").asText()).isNotBlank();
		JsonNode kept = body(as("designer", get(PROCESSES + "/" + key + "/draft")));
		assertThat(kept.path("bpmnXml").asText()).contains("管理员的版本");
		// and discarding the draft over the old revision is refused too
		as("designer", delete(PROCESSES + "/" + key + "/draft").param("revision", "1"))
			.andExpect(status().isConflict());
		as("designer", delete(PROCESSES + "/" + key + "/draft").param("revision", "2"))
			.andExpect(status().isNoContent());
		as("designer", get(PROCESSES + "/" + key + "/draft")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("modeling.draft.notFound"));
	}

	@Test
	void twoDesignersSavingTheSameRevisionAtTheSameMomentGetOneSaveAndOneConflict() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				// given a draft both opened at revision 1
				String key = uniqueKey("race");
				JsonNode draft = createBlank(key);
				String xml = draft.path("bpmnXml").asText();
				ObjectNode startForm = (ObjectNode) draft.path("forms").get(0).path("schema");

				// when both save it at once
				CountDownLatch go = new CountDownLatch(1);
				List<Future<Integer>> saves = new ArrayList<>();
				for (String user : List.of("designer", "admin")) {
					saves.add(pool.submit(() -> {
						go.await();
						return http
							.perform(put(PROCESSES + "/" + key + "/draft").with(httpBasic(user, PASSWORD))
								.contentType(MediaType.APPLICATION_JSON)
								.content(save(1, xml.replace("name=\"过期\"", "name=\"" + user + "\""),
										Map.of(key + "-start", startForm))))
							.andReturn()
							.getResponse()
							.getStatus();
					}));
				}
				go.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> save : saves) {
					statuses.add(save.get(60, TimeUnit.SECONDS));
				}

				// then one is saved and the other is told, and the draft holds the saved
				// one
				assertThat(statuses).containsExactlyInAnyOrder(200, 409);
				JsonNode saved = body(as("designer", get(PROCESSES + "/" + key + "/draft")));
				assertThat(saved.path("revision").asInt()).isEqualTo(2);
				assertThat(saved.path("bpmnXml").asText())
					.contains("name=\"" + saved.path("updatedBy").path("id").asText() + "\"");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aKeyIsALowerCaseSlugThatNoProcessOrDraftHasYet() throws Exception {
		as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
					.content(newProcess("Expense Claim", "报销", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("key"))
			.andExpect(jsonPath("$.errors[0].code").value("modeling.key.invalid"));
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON).content(newProcess("ab", "报销", null)))
			.andExpect(status().isBadRequest());
		as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
					.content(newProcess("purchase-request", "采购", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("modeling.key.taken"));
		String key = uniqueKey("taken");
		createBlank(key);
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON).content(newProcess(key, "报销", null)))
			.andExpect(status().isConflict());
	}

	@Test
	void aDraftWithADoctypeOrOverTwoMegabytesIsRefusedBeforeItIsParsed() throws Exception {
		// given a draft
		String key = uniqueKey("xxe");
		createBlank(key);
		String withDoctype = """
				<?xml version="1.0"?>
				<!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&secret;</bpmn:definitions>
				""";

		// when a save carries a DOCTYPE with an external entity, then it is refused with
		// a clear 400
		as("designer",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, withDoctype, Map.of())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("modeling.bpmn.doctype"));
		// and so is a model of more than 2 MB
		String huge = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><!--"
				+ "x".repeat(ModelXml.MAX_BYTES) + "--></bpmn:definitions>";
		as("designer",
				put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
					.content(save(1, huge, Map.of())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("modeling.bpmn.tooLarge"));
		// and the draft is unchanged
		assertThat(body(as("designer", get(PROCESSES + "/" + key + "/draft"))).path("revision").asInt()).isEqualTo(1);
	}

	@Test
	void copyingPurchaseRequestGivesADraftUnderTheNewKeyWithItsFormsRenamedThatPassesTheChecks() throws Exception {
		// when the designer copies the latest purchase request as a new process
		String key = uniqueKey("office-supplies");
		JsonNode copy = body(as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
					.content(newProcess(key, "办公用品申领", "Office supplies", "purchase-request")))
			.andExpect(status().isCreated()));

		// then the model is the purchase request's under the new key, name and form ids
		String xml = copy.path("bpmnXml").asText();
		assertThat(xml).contains("id=\"" + key + "\"", "name=\"办公用品申领\"", "value=\"Office supplies\"",
				"camunda:formRef=\"" + key + "-start\"", "camunda:formRef=\"" + key + "-approval\"",
				"bpmnElement=\"" + key + "\"", "Task_FinanceApproval", "${total &gt; 5000}");
		assertThat(xml).doesNotContain("\"purchase-request\"", "purchase-request-", "baton.key.prefix");
		assertThat(DesignerModels.ids(copy.path("forms"), "id")).containsExactlyInAnyOrder(key + "-start",
				key + "-approval", key + "-order", key + "-receipt", key + "-revise");
		for (JsonNode form : copy.path("forms")) {
			assertThat(form.path("schema").path("id").asText()).isEqualTo(form.path("id").asText());
		}
		assertThat(copy.path("baseVersion").isNull()).isTrue();

		// and it passes Baton's checks and the engine's as it is
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));
		assertThat(check.path("findings").findValuesAsText("severity")).as(check.toPrettyString())
			.doesNotContain("error");
		assertThat(check.path("initiator").path("id").asText()).isEqualTo("designer");
	}

	// ---------------------------------------------------------------- checks

	@Test
	void theChecksNameEachFlawedElementWithASeverityAndABlockedPublish() throws Exception {
		// given a draft with a step without approver rule, rules that find nobody for
		// zhangwei, a
		// condition on a field no form has, a step nothing leads to and one that leads
		// nowhere
		String key = uniqueKey("flawed");
		createBlank(key);
		saveDraft(key, 1, DesignerModels.flawed(key),
				Map.of(key + "-start", DesignerModels.form(key + "-start", "title", "amount"), key + "-approval",
						DesignerModels.form(key + "-approval", "title")));

		// when it is checked for zhangwei
		JsonNode check = body(
				as("designer", post(PROCESSES + "/" + key + "/draft/check").contentType(MediaType.APPLICATION_JSON)
					.content("{\"initiator\":\"zhangwei\"}")).andExpect(status().isOk()));

		// then each problem is named on its element
		List<String> found = new ArrayList<>();
		for (JsonNode finding : check.path("findings")) {
			found.add(finding.path("elementId").asText() + " " + finding.path("severity").asText() + " "
					+ finding.path("code").asText());
			assertThat(finding.path("message").asText()).isNotBlank().doesNotStartWith("modeling.");
		}
		assertThat(found).contains("Task_NoRule error modeling.check.approver.missing",
				"Task_NobodyStops error modeling.check.approver.nobody.fail",
				"Task_NobodyGoesToAdmins warning modeling.check.approver.nobody.admin",
				"Flow_BudgetAbove error modeling.check.condition.unknownField",
				"Task_Unreachable error modeling.check.unreachable", "Task_DeadEnd error modeling.check.deadEnd");
		assertThat(check.path("publishable").asBoolean()).isFalse();
		assertThat(check.path("initiator").path("name").asText()).isEqualTo("张伟");
		JsonNode condition = finding(check, "Flow_BudgetAbove");
		assertThat(condition.path("message").asText()).contains("budget");
		// and in English on request
		JsonNode english = body(
				http.perform(post(PROCESSES + "/" + key + "/draft/check").with(httpBasic("designer", PASSWORD))
					.header("Accept-Language", "en-US")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"initiator\":\"zhangwei\"}")));
		assertThat(finding(english, "Task_NoRule").path("message").asText())
			.isEqualTo("The step \"没有规则\" has no approver rule: nobody would get it.");

		// when it is published anyway, then nothing is deployed and the errors come back
		JsonNode refused = body(as("designer",
				post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":2,\"initiator\":\"zhangwei\"}"))
			.andExpect(status().isUnprocessableEntity()));
		assertThat(refused.path("code").asText()).isEqualTo("modeling.publish.blocked");
		assertThat(refused.path("findings").findValuesAsText("elementId")).contains("Task_NoRule", "Task_DeadEnd");
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
		as("designer", get(PROCESSES + "/" + key + "/draft")).andExpect(status().isOk());
	}

	@Test
	void aRuleNamingAFixedDepartmentResolvesToItsHeadAndAnUnknownOneIsAnError() throws Exception {
		// given an expense claim whose finance step goes to the head of department
		// "finance"
		String key = uniqueKey("fixed-dept");
		createBlank(key);
		String fixed = expenseClaim(key, "finance-manager")
			.replace("name=\"baton.approver\" value=\"role\"", "name=\"baton.approver\" value=\"department-head\"")
			.replace("name=\"baton.role\" value=\"finance-manager\"", "name=\"baton.department\" value=\"finance\"");
		assertThat(fixed).contains("baton.department");
		saveDraft(key, 1, fixed, expenseClaimForms(key));

		// when zhangwei (sales) would start it, then 李娜 and then finance's head 王芳
		// approve
		JsonNode route = preview(key, "zhangwei", Map.of("title", "出差"));
		assertThat(approvers(route, "Task_ManagerApproval")).containsExactly("李娜");
		assertThat(approvers(route, "Task_FinanceApproval")).containsExactly("王芳");

		// when the department does not exist
		saveDraft(key, 2, fixed.replace("value=\"finance\"", "value=\"marketing\""), expenseClaimForms(key));
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));

		// then the check names the step and the department
		JsonNode finding = finding(check, "Task_FinanceApproval");
		assertThat(finding.path("code").asText()).isEqualTo("modeling.check.approver.unknownDepartment");
		assertThat(finding.path("message").asText()).contains("财务审批", "marketing");
		assertThat(check.path("publishable").asBoolean()).isFalse();
	}

	@Test
	void aFormWithAComponentBatonCannotValidateBlocksPublishingNamingTheComponent() throws Exception {
		// given an expense claim whose start form asks for a file upload
		String key = uniqueKey("filepicker");
		createBlank(key);
		Map<String, ObjectNode> forms = expenseClaimForms(key);
		ObjectNode upload = ((ArrayNode) forms.get(key + "-start").path("components")).addObject();
		upload.put("type", "filepicker").put("key", "receipt").put("label", "发票扫描件");
		saveDraft(key, 1, expenseClaim(key, "finance-manager"), forms);

		// when it is checked
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));

		// then the form and the component are named, and it cannot be published
		assertThat(check.path("findings").findValuesAsText("code")).contains("modeling.check.form.unsupported");
		assertThat(check.path("findings").findValuesAsText("message"))
			.anyMatch(message -> message.contains(key + "-start") && message.contains("发票扫描件")
					&& message.contains("filepicker"));
		assertThat(check.path("publishable").asBoolean()).isFalse();
	}

	@Test
	void anApproverRuleWithATypoIsAnErrorNamingTheStepAndTheProperty() throws Exception {
		// given a step whose rule has "baton.levle" for "baton.level"
		String key = uniqueKey("typo");
		createBlank(key);
		saveDraft(key, 1,
				expenseClaim(key, "finance-manager").replace(
						"<camunda:property name=\"baton.approver\" value=\"manager\" />",
						"<camunda:property name=\"baton.approver\" value=\"manager\" />"
								+ "<camunda:property name=\"baton.levle\" value=\"2\" />"),
				expenseClaimForms(key));

		// when it is checked
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));

		// then Baton names the step and the property, and so does the engine's parse
		// phase
		JsonNode rule = finding(check, "Task_ManagerApproval");
		assertThat(rule.path("code").asText()).isEqualTo("modeling.check.approver.invalid");
		assertThat(rule.path("severity").asText()).isEqualTo("error");
		assertThat(rule.path("message").asText()).contains("上级审批", "baton.levle");
		assertThat(check.path("findings").findValues("code"))
			.anySatisfy(code -> assertThat(code.asText()).isEqualTo("engine.policy.approver.invalid"));
		assertThat(check.path("findings"))
			.filteredOn(finding -> finding.path("code").asText().equals("engine.policy.approver.invalid"))
			.singleElement()
			.satisfies(engine -> {
				assertThat(engine.path("elementId").asText()).isEqualTo("Task_ManagerApproval");
				assertThat(engine.path("message").asText()).startsWith("无法读取审批人规则").contains("baton.levle");
				assertThat(engine.path("line").asInt()).isPositive();
			});
	}

	@Test
	void theSafetyPolicysRefusalIsAFindingOnItsElementAtCheckAndAtPublishAndNothingIsLeftBehind() throws Exception {
		// given a draft that Baton's checks accept but the engine's safety policy does
		// not: a service task
		String key = uniqueKey("refused");
		createBlank(key);
		String model = expenseClaim(key, "finance-manager")
			.replace("targetRef=\"Task_FinanceApproval\" />", "targetRef=\"Task_Bookkeeping\" />"
					+ "<bpmn:serviceTask id=\"Task_Bookkeeping\" name=\"记账\" />"
					+ "<bpmn:sequenceFlow id=\"Flow_ToFinanceLater\" sourceRef=\"Task_Bookkeeping\" targetRef=\"Task_FinanceApproval\" />");
		saveDraft(key, 1, model, expenseClaimForms(key));

		// when it is checked, then the policy's verdict is a finding on that element,
		// naming the rule
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));
		JsonNode engine = finding(check, "Task_Bookkeeping");
		assertThat(engine.path("code").asText()).isEqualTo("engine.policy.task.service");
		assertThat(engine.path("message").asText()).isNotBlank().doesNotContain("engine.policy");
		assertThat(engine.path("severity").asText()).isEqualTo("error");
		assertThat(check.path("publishable").asBoolean()).isFalse();
		// and the trial deployment left nothing behind
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
		assertThat(repositoryService.createDeploymentQuery().deploymentName(key).count()).isZero();

		// when it is published, then the engine refuses it, nothing is deployed and the
		// draft stays
		JsonNode refused = body(
				as("designer", post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":2}")).andExpect(status().isUnprocessableEntity()));
		assertThat(refused.path("findings").findValuesAsText("elementId")).contains("Task_Bookkeeping");
		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
		assertThat(body(as("designer", get(PROCESSES + "/" + key + "/draft"))).path("revision").asInt()).isEqualTo(2);
	}

	// ---------------------------------------------------------------- preview

	@Test
	void aPurchaseOf60000ByZhangweiGoesToLinaThenWangfangThenZhoumingThenThePurchasers() throws Exception {
		// given a copy of the purchase request
		String key = uniqueKey("purchase-preview");
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
			.content(newProcess(key, "采购预览", null, "purchase-request"))).andExpect(status().isCreated());

		// when zhangwei's request for two servers at 30,000 each is previewed (the
		// browser's total is
		// not trusted: the server computes it from the items, as it does when a request
		// starts)
		JsonNode route = preview(key, "zhangwei", Map.of("title", "服务器", "total", 0, "items",
				List.of(Map.of("name", "服务器", "quantity", 2, "unitPrice", 30000))));

		// then it goes to his department head, finance, the general manager, the
		// purchasers, and back to him
		assertThat(stepIds(route)).containsExactly("Task_DepartmentHeadApproval", "Task_FinanceApproval",
				"Task_GeneralManagerApproval", "Task_PlaceOrder", "Task_ConfirmReceipt", "EndEvent_Completed");
		assertThat(approvers(route, "Task_DepartmentHeadApproval")).containsExactly("李娜");
		assertThat(approvers(route, "Task_FinanceApproval")).containsExactly("王芳");
		assertThat(approvers(route, "Task_GeneralManagerApproval")).containsExactly("周明");
		assertThat(approvers(route, "Task_PlaceOrder")).containsExactlyInAnyOrder("黄强", "吴静");
		assertThat(approvers(route, "Task_ConfirmReceipt")).containsExactly("张伟");
		assertThat(step(route, "Task_FinanceApproval").path("outcome").asText()).isEqualTo("assign");
		assertThat(step(route, "Task_FinanceApproval").path("rule").asText()).isEqualTo("role");
		assertThat(step(route, "Task_FinanceApproval").path("name").path("en").asText()).isEqualTo("Finance approval");
		assertThat(texts(route.path("path"))).contains("Gateway_AmountAboveFinanceLimit", "Gateway_ApprovalsCompleted")
			.doesNotContain("Task_ReviseRequest");
		assertThat(route.path("problems").size()).isZero();
		// and nothing was started
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void aPurchaseOf100SkipsFinanceAndTheGeneralManager() throws Exception {
		String key = uniqueKey("purchase-small");
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
			.content(newProcess(key, "小额采购", null, "purchase-request"))).andExpect(status().isCreated());

		JsonNode route = preview(key, "zhangwei",
				Map.of("items", List.of(Map.of("name", "笔", "quantity", 10, "unitPrice", 10)), "total", 99999));

		assertThat(stepIds(route)).containsExactly("Task_DepartmentHeadApproval", "Task_PlaceOrder",
				"Task_ConfirmReceipt", "EndEvent_Completed");
		assertThat(approvers(route, "Task_DepartmentHeadApproval")).containsExactly("李娜");
	}

	@Test
	void aPreviewWithoutTheFieldAConditionReadsSaysWhereTheRequestWouldStop() throws Exception {
		// given a copy of the leave request, whose gateway reads the number of days
		String key = uniqueKey("leave-nodays");
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
			.content(newProcess(key, "缺少天数", null, "leave-request"))).andExpect(status().isCreated());

		// when it is previewed without the days
		JsonNode route = preview(key, "zhangwei", Map.of("leaveType", "annual"));

		// then the walk stops at the gateway's condition
		assertThat(stepIds(route)).containsExactly("Task_ManagerApproval");
		assertThat(route.path("problems").get(0).path("elementId").asText()).isEqualTo("Flow_DaysAboveLimit");
		assertThat(route.path("problems").get(0).path("code").asText()).isEqualTo("modeling.preview.condition.noValue");
	}

	@Test
	void parallelBranchesAreBothListedBeforeTheirJoinAndALoopBackIsWalkedOnce() throws Exception {
		// given a copy of the project handoff (a return loop, then billing and resources
		// in parallel)
		String key = uniqueKey("handoff-preview");
		as("designer", post(PROCESSES).contentType(MediaType.APPLICATION_JSON)
			.content(newProcess(key, "交接预览", null, "project-handoff"))).andExpect(status().isCreated());

		// when a handoff that delivery returns once is previewed
		JsonNode route = preview(key, "liuyang", Map.of("handoffDecision", "return"));

		// then the return is listed once, and both parallel steps come before the kickoff
		assertThat(stepIds(route)).containsExactly("Task_DeliveryReview", "Task_ProvideMissingInformation");
		// and an accepted one passes both branches before the join
		JsonNode accepted = preview(key, "liuyang", Map.of("handoffDecision", "accept"));
		assertThat(stepIds(accepted)).containsExactly("Task_DeliveryReview", "Task_SetUpBilling",
				"Task_ProvisionResources", "Task_Kickoff", "EndEvent_Completed");
		assertThat(approvers(accepted, "Task_SetUpBilling")).containsExactly("赵磊");
	}

	// ---------------------------------------------------------------- publish, versions,
	// diff, rollback

	@Test
	void publishingTheTwoStepExpenseClaimDraftCreatesVersionOneThatRequestsStart() throws Exception {
		// given a two-step expense claim draft
		String key = "expense-claim";
		createBlank(key);
		saveDraft(key, 1, expenseClaim(key, "finance-manager"), expenseClaimForms(key));
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));
		assertThat(check.path("publishable").asBoolean()).as(check.toPrettyString()).isTrue();
		assertThat(check.path("revision").asInt()).isEqualTo(2);

		// when the designer publishes revision 2
		JsonNode published = body(as("designer",
				post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":2}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", PROCESSES + "/" + key + "/versions/1")));

		// then it is version 1 of the process, in one deployment named after it with both
		// forms
		assertThat(published.path("version").asInt()).isEqualTo(1);
		ProcessDefinition definition = repositoryService.getProcessDefinition(published.path("definitionId").asText());
		assertThat(definition.getKey()).isEqualTo(key);
		assertThat(definition.getVersion()).isEqualTo(1);
		assertThat(repositoryService.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult()
			.getName()).isEqualTo(key);
		assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
			.containsExactlyInAnyOrder(key + ".bpmn", key + "-start.form", key + "-approval.form");
		// and the draft is gone
		as("designer", get(PROCESSES + "/" + key + "/draft")).andExpect(status().isNotFound());
		// and a request starts on it and goes to zhangwei's manager
		ProcessInstance instance = start(key, "zhangwei", Map.of("title", "出差", "amount", 800));
		assertThat(instance.getProcessDefinitionId()).isEqualTo(definition.getId());
		assertThat(openTask(instance).getAssignee()).isEqualTo("lina");
		// and the list shows the version, who published it and its running request
		JsonNode listed = byKey(body(as("designer", get(PROCESSES))), key);
		assertThat(listed.path("latestVersion").asInt()).isEqualTo(1);
		assertThat(listed.path("name").path("en").asText()).isEqualTo("Expense claim");
		assertThat(listed.path("draft").isNull()).isTrue();
		JsonNode version = listed.path("versions").get(0);
		assertThat(version.path("deployedBy").path("id").asText()).isEqualTo("designer");
		assertThat(version.path("origin").asText()).isEqualTo("designer");
		assertThat(version.path("runningRequests").asLong()).isEqualTo(1);
		assertThat(version.path("deployedAt").asText()).isNotBlank();
		// and shipped processes show as shipped
		assertThat(byKey(body(as("designer", get(PROCESSES))), "leave-request").path("versions")
			.get(0)
			.path("origin")
			.asText()).isEqualTo("shipped");
	}

	@Test
	void aSecondPublishIsVersionTwoAndRequestsOnVersionOneFinishOnVersionOne() throws Exception {
		// given version 1 (finance manager approves) with a running request
		String key = uniqueKey("expense-claim");
		publishFirstVersion(key);
		ProcessInstance onVersionOne = start(key, "zhangwei", Map.of("title", "差旅", "amount", 500));

		// when a draft of it changes the finance step to the accountant and is published
		JsonNode draft = body(as("designer", post(PROCESSES + "/" + key + "/draft")).andExpect(status().isCreated()));
		assertThat(draft.path("baseVersion").asInt()).isEqualTo(1);
		saveDraft(key, 1, expenseClaim(key, "accountant"), expenseClaimForms(key));
		JsonNode published = publish(key, 2);

		// then it is version 2, and a new request uses it while the first stays on
		// version 1
		assertThat(published.path("version").asInt()).isEqualTo(2);
		ProcessInstance onVersionTwo = start(key, "zhangwei", Map.of("title", "培训", "amount", 900));
		assertThat(repositoryService.getProcessDefinition(onVersionTwo.getProcessDefinitionId()).getVersion())
			.isEqualTo(2);
		assertThat(repositoryService.getProcessDefinition(onVersionOne.getProcessDefinitionId()).getVersion())
			.isEqualTo(1);
		JsonNode listed = byKey(body(as("designer", get(PROCESSES))), key);
		assertThat(listed.path("versions").findValuesAsText("version")).containsExactly("2", "1");
		assertThat(listed.path("versions").get(0).path("runningRequests").asLong()).isEqualTo(1);
		assertThat(listed.path("versions").get(1).path("runningRequests").asLong()).isEqualTo(1);

		// and each finishes on its own version: finance manager for version 1, accountant
		// for version 2
		assertThat(approveAll(onVersionOne)).containsExactly("lina", "wangfang");
		assertThat(approveAll(onVersionTwo)).containsExactly("lina", "zhaolei");
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(onVersionOne.getId())
			.singleResult()
			.getProcessDefinitionVersion()).isEqualTo(1);
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(onVersionTwo.getId())
			.singleResult()
			.getEndTime()).isNotNull();
	}

	@Test
	void aDueTimeInDaysAndHoursAndAnAllInParallelStepWorkAsTheDesignerPanelWritesThem() throws Exception {
		// given an expense claim whose manager step is due within 2 days 4 hours, and
		// whose finance
		// step goes to two listed people, all of them in parallel (会签)
		String key = uniqueKey("expense-due");
		createBlank(key);
		String xml = expenseClaim(key, "finance-manager")
			.replace("<bpmn:userTask id=\"Task_ManagerApproval\" name=\"上级审批\"",
					"<bpmn:userTask id=\"Task_ManagerApproval\" name=\"上级审批\" camunda:dueDate=\"P2DT4H\"")
			.replace("name=\"baton.approver\" value=\"role\"", "name=\"baton.approver\" value=\"users\"")
			.replace("name=\"baton.role\" value=\"finance-manager\"", "name=\"baton.users\" value=\"wangfang,zhaolei\"")
			.replaceFirst("</bpmn:extensionElements>\\s*</bpmn:userTask>\\s*<bpmn:endEvent",
					"</bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics "
							+ "camunda:collection=\"batonApprovers\" camunda:elementVariable=\"batonApprover\" />"
							+ "</bpmn:userTask><bpmn:endEvent");
		assertThat(xml).contains("multiInstanceLoopCharacteristics", "P2DT4H");
		saveDraft(key, 1, xml, expenseClaimForms(key));
		JsonNode check = body(as("designer", post(PROCESSES + "/" + key + "/draft/check")).andExpect(status().isOk()));
		assertThat(check.path("publishable").asBoolean()).as(check.toPrettyString()).isTrue();
		publish(key, 2);

		// when zhangwei starts a request
		java.util.Date before = new java.util.Date();
		ProcessInstance instance = start(key, "zhangwei", Map.of("title", "出差", "amount", 800));

		// then lina's task is due in 2 days and 4 hours
		Task managerStep = openTask(instance);
		assertThat(managerStep.getDueDate()).isNotNull();
		long hours = java.time.Duration.between(before.toInstant(), managerStep.getDueDate().toInstant()).toHours();
		assertThat(hours).isBetween(51L, 52L);
		taskService.complete(managerStep.getId());
		// and the finance step goes to both listed people at once, and ends when both
		// approved
		List<Task> finance = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
		assertThat(finance).extracting(Task::getAssignee).containsExactlyInAnyOrder("wangfang", "zhaolei");
		taskService.complete(finance.get(0).getId());
		assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
		taskService.complete(finance.get(1).getId());
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void theDiffBetweenTwoVersionsNamesTheChangedStepAndAVersionShowsItsModelAndForms() throws Exception {
		// given version 1 and a version 2 whose finance step asks the accountant instead
		String key = uniqueKey("expense-diff");
		publishFirstVersion(key);
		as("designer", post(PROCESSES + "/" + key + "/draft")).andExpect(status().isCreated());
		saveDraft(key, 1, expenseClaim(key, "accountant"), expenseClaimForms(key));
		publish(key, 2);

		// when the two versions are compared
		JsonNode diff = body(as("designer", get(PROCESSES + "/" + key + "/diff").param("from", "1").param("to", "2"))
			.andExpect(status().isOk()));

		// then only the finance step changed
		assertThat(texts(diff.path("changed"))).containsExactly("Task_FinanceApproval");
		assertThat(diff.path("added").size()).isZero();
		assertThat(diff.path("removed").size()).isZero();
		assertThat(diff.path("forms").path("changed").size()).isZero();
		// and each version shows its own BPMN and forms
		JsonNode one = body(as("designer", get(PROCESSES + "/" + key + "/versions/1")).andExpect(status().isOk()));
		assertThat(one.path("bpmnXml").asText()).contains("finance-manager").doesNotContain("accountant");
		assertThat(DesignerModels.ids(one.path("forms"), "id")).containsExactlyInAnyOrder(key + "-start",
				key + "-approval");
		assertThat(one.path("deployedBy").path("id").asText()).isEqualTo("designer");
		as("designer", get(PROCESSES + "/" + key + "/versions/9")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("modeling.version.notFound"));
		as("designer", get(PROCESSES + "/" + key + "/diff").param("from", "1").param("to", "two"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void rollingBackToVersionOnePublishesItAgainAsVersionThree() throws Exception {
		// given versions 1 (finance manager) and 2 (accountant)
		String key = uniqueKey("expense-rollback");
		publishFirstVersion(key);
		as("designer", post(PROCESSES + "/" + key + "/draft")).andExpect(status().isCreated());
		saveDraft(key, 1, expenseClaim(key, "accountant"), expenseClaimForms(key));
		publish(key, 2);

		// when version 1 is published again
		JsonNode rolledBack = body(
				as("designer", post(PROCESSES + "/" + key + "/versions/1/republish")).andExpect(status().isCreated()));

		// then it is version 3 with version 1's model and forms, and new requests use it
		assertThat(rolledBack.path("version").asInt()).isEqualTo(3);
		assertThat(rolledBack.path("republishedFrom").asInt()).isEqualTo(1);
		JsonNode diff = body(as("designer", get(PROCESSES + "/" + key + "/diff").param("from", "1").param("to", "3")));
		assertThat(diff.path("changed").size() + diff.path("added").size() + diff.path("removed").size()).isZero();
		ProcessInstance onVersionThree = start(key, "zhangwei", Map.of("title", "回滚", "amount", 100));
		assertThat(repositoryService.getProcessDefinition(onVersionThree.getProcessDefinitionId()).getVersion())
			.isEqualTo(3);
		assertThat(approveAll(onVersionThree)).containsExactly("lina", "wangfang");
		JsonNode listed = byKey(body(as("designer", get(PROCESSES))), key);
		assertThat(listed.path("versions").get(0).path("republishedFrom").asInt()).isEqualTo(1);
		// and rolling back to the latest content again still makes a new version
		assertThat(body(
				as("designer", post(PROCESSES + "/" + key + "/versions/3/republish")).andExpect(status().isCreated()))
			.path("version")
			.asInt()).isEqualTo(4);
	}

	@Test
	void aPublishOverAStaleRevisionIsRefusedAndPublishesNothing() throws Exception {
		String key = uniqueKey("stale-publish");
		createBlank(key);
		saveDraft(key, 1, expenseClaim(key, "finance-manager"), expenseClaimForms(key));

		as("designer",
				post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":1}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("modeling.draft.stale"));

		assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	// ---------------------------------------------------------------- helpers

	private void publishFirstVersion(String key) throws Exception {
		createBlank(key);
		saveDraft(key, 1, expenseClaim(key, "finance-manager"), expenseClaimForms(key));
		assertThat(publish(key, 2).path("version").asInt()).isEqualTo(1);
	}

	private JsonNode publish(String key, int revision) throws Exception {
		return body(
				as("designer", post(PROCESSES + "/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":" + revision + "}")).andExpect(status().isCreated()));
	}

	private JsonNode createBlank(String key) throws Exception {
		return body(as("designer",
				post(PROCESSES).contentType(MediaType.APPLICATION_JSON).content(newProcess(key, "过期", null)))
			.andExpect(status().isCreated()));
	}

	private void saveDraft(String key, int revision, String xml, Map<String, ObjectNode> forms) throws Exception {
		as("designer", put(PROCESSES + "/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(save(revision, xml, forms))).andExpect(status().isOk());
	}

	private JsonNode preview(String key, String initiator, Map<String, Object> data) throws Exception {
		ObjectNode body = JSON.createObjectNode();
		body.put("initiator", initiator);
		body.set("data", JSON.valueToTree(data));
		return body(
				as("designer", post(PROCESSES + "/" + key + "/draft/preview").contentType(MediaType.APPLICATION_JSON)
					.content(body.toString())).andExpect(status().isOk()));
	}

	private ProcessInstance start(String key, String initiator, Map<String, Object> variables) {
		identityService.setAuthenticatedUserId(initiator);
		try {
			return runtimeService.startProcessInstanceByKey(key, variables);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Task openTask(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/** Completes the instance's tasks one after the other; who had them, in order. */
	private List<String> approveAll(ProcessInstance instance) {
		List<String> approvers = new ArrayList<>();
		for (Task task = openTask(instance); task != null; task = openTask(instance)) {
			approvers.add(task.getAssignee());
			taskService.complete(task.getId());
		}
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		return approvers;
	}

	private static List<String> stepIds(JsonNode route) {
		return DesignerModels.ids(route.path("steps"), "elementId");
	}

	private static JsonNode step(JsonNode route, String elementId) {
		for (JsonNode step : route.path("steps")) {
			if (step.path("elementId").asText().equals(elementId)) {
				return step;
			}
		}
		throw new AssertionError("no step " + elementId + " in " + route.toPrettyString());
	}

	private static List<String> approvers(JsonNode route, String elementId) {
		return DesignerModels.ids(step(route, elementId).path("approvers"), "name");
	}

	private static JsonNode finding(JsonNode check, String elementId) {
		for (JsonNode finding : check.path("findings")) {
			if (finding.path("elementId").asText().equals(elementId)) {
				return finding;
			}
		}
		throw new AssertionError("no finding on " + elementId + " in " + check.toPrettyString());
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	private static JsonNode byKey(JsonNode processes, String key) {
		for (JsonNode process : processes) {
			if (process.path("key").asText().equals(key)) {
				return process;
			}
		}
		throw new AssertionError("no process " + key);
	}

	private static String uniqueKey(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String newProcess(String key, String zh, String en) {
		return newProcess(key, zh, en, null);
	}

	private static String newProcess(String key, String zh, String en, String copyOf) {
		ObjectNode body = JSON.createObjectNode();
		body.put("key", key);
		body.putObject("name").put("zh", zh).put("en", en);
		if (copyOf != null) {
			body.putObject("copyOf").put("key", copyOf);
		}
		return body.toString();
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, PASSWORD)).header("Accept-Language", "zh-CN"));
	}

	private static JsonNode body(ResultActions response) throws Exception {
		return JSON.readTree(response.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
