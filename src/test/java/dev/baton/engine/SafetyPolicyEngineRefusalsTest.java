package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine's own refusals — a model that passes the policy but that the engine cannot
 * read — come back in the policy's shape: element, rule code, line and column, and a
 * message in the caller's language; through the engine's API, the designer's check and
 * publish, and {@code /engine-rest}.
 */
@BatonTest
class SafetyPolicyEngineRefusalsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	MockMvc mvc;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void aGatewayFlowWithoutAConditionIsRefusedNamingTheGatewayTheFlowAndWhereTheyAre() {
		// given a gateway on line 7 with two outgoing flows, neither with a condition nor
		// the default
		String key = key();
		long deploymentsBefore = repository.createDeploymentQuery().count();
		// when it is deployed through the engine's API
		assertThatThrownBy(() -> repository.createDeployment().addString(key + ".bpmn", gatewayModel(key)).deploy())
			// then the engine's verdict is a refusal in the policy's shape
			.isInstanceOf(SafetyPolicyException.class)
			.hasMessageContaining("Gateway_Amount: bpmn.gateway.flowWithoutCondition")
			.hasMessageContaining("nothing was deployed")
			.satisfies(refusal -> {
				SafetyPolicyException refused = (SafetyPolicyException) refusal;
				assertThat(refused.isFromEngine()).isTrue();
				assertThat(refused.violations())
					.extracting(PolicyViolation::elementId, PolicyViolation::rule, PolicyViolation::arguments,
							PolicyViolation::lineNumber, PolicyViolation::columnNumber)
					.containsExactly(
							tuple("Gateway_Amount", "bpmn.gateway.flowWithoutCondition",
									List.of("Gateway_Amount", "Flow_Small"), 7, 5),
							tuple("Gateway_Amount", "bpmn.gateway.flowWithoutCondition",
									List.of("Gateway_Amount", "Flow_Big"), 7, 5));
			});
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

	@Test
	void aSubProcessWithoutAStartEventIsRefusedAtItsPlace() {
		String key = key();
		String model = HostileModels.harmless(key)
			.replace("<bpmn:endEvent id=\"EndEvent_1\" />",
					"<bpmn:endEvent id=\"EndEvent_1\" />\n    <bpmn:subProcess id=\"SubProcess_Empty\">"
							+ "<bpmn:endEvent id=\"EndEvent_Inner\" /></bpmn:subProcess>");
		assertThatThrownBy(() -> repository.createDeployment().addString(key + ".bpmn", model).deploy())
			.isInstanceOf(SafetyPolicyException.class)
			.satisfies(refusal -> assertThat(((SafetyPolicyException) refusal).violations())
				.extracting(PolicyViolation::elementId, PolicyViolation::rule, PolicyViolation::lineNumber,
						PolicyViolation::columnNumber)
				.containsExactly(tuple("SubProcess_Empty", "bpmn.startEvent.missing", 10, 5)));
	}

	@Test
	void theDesignersCheckAndPublishShowTheEnginesVerdictInTheirLanguageWithItsPlace() throws Exception {
		// given a draft whose gateway flows have no conditions
		String key = key();
		designer(post("/api/modeling/processes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\":\"" + key + "\",\"name\":{\"zh\":\"网关\",\"en\":\"Gateway\"}}"), "zh-CN")
			.andExpect(status().isCreated());
		designer(put("/api/modeling/processes/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(save(1, key, gatewayModel(key))), "zh-CN").andExpect(status().isOk());

		// when it is checked in Chinese and in English
		JsonNode chinese = body(designer(post("/api/modeling/processes/" + key + "/draft/check"), "zh-CN"));
		JsonNode english = body(designer(post("/api/modeling/processes/" + key + "/draft/check"), "en-US"));

		// then the engine's verdict is a finding on the gateway, with the rule, the flow,
		// the place and a message in each language
		JsonNode zh = engineFinding(chinese, "engine.policy.bpmn.gateway.flowWithoutCondition");
		assertThat(zh.path("elementId").asText()).isEqualTo("Gateway_Amount");
		assertThat(zh.path("severity").asText()).isEqualTo("error");
		assertThat(zh.path("line").asInt()).isEqualTo(7);
		assertThat(zh.path("column").asInt()).isEqualTo(5);
		assertThat(zh.path("message").asText()).contains("排他网关 Gateway_Amount", "Flow_");
		assertThat(engineFinding(english, "engine.policy.bpmn.gateway.flowWithoutCondition").path("message").asText())
			.contains("exclusive gateway Gateway_Amount", "without a condition");
		assertThat(chinese.path("publishable").asBoolean()).isFalse();

		// and publishing is refused with the same finding, deploying nothing
		JsonNode refused = body(designer(
				post("/api/modeling/processes/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
					.content("{\"revision\":2}"),
				"en-US")
			.andExpect(status().isUnprocessableEntity()));
		assertThat(refused.path("findings").findValuesAsText("code"))
			.contains("engine.policy.bpmn.gateway.flowWithoutCondition");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
	}

	@Test
	void aDraftThatIsNoXmlNamesTheLineAndColumnInTheFinding() throws Exception {
		String key = key();
		designer(post("/api/modeling/processes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\":\"" + key + "\",\"name\":{\"zh\":\"坏\",\"en\":\"Broken\"}}"), "zh-CN")
			.andExpect(status().isCreated());
		String broken = gatewayModel(key).replace("<bpmn:endEvent id=\"EndEvent_1\" />", "<bpmn:endEvent id=\"E\">");
		designer(put("/api/modeling/processes/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(save(1, key, broken)), "zh-CN").andExpect(status().isOk());

		JsonNode check = body(designer(post("/api/modeling/processes/" + key + "/draft/check"), "en-US"));

		JsonNode invalid = engineFinding(check, "modeling.check.bpmn.invalidAt");
		assertThat(invalid.path("line").asInt()).isEqualTo(13);
		assertThat(invalid.path("column").asInt()).isPositive();
		assertThat(invalid.path("message").asText()).startsWith("The BPMN cannot be read at line 13, column ");
	}

	@Test
	void engineRestAnswers400WithElementRuleAndPlaceForTheEnginesOwnRefusals() throws Exception {
		// given a gateway model, a decision table the engine cannot read and a form that
		// is no JSON
		String key = key();
		String brokenDecision = HostileModels.decision("").replace("<output id=\"Output_1\"", "<wrong id=\"Output_1\"");
		Map<String, Map<String, String>> deployments = Map.of("gateway", Map.of(key + ".bpmn", gatewayModel(key)),
				"decision", Map.of("d.dmn", brokenDecision), "form", Map.of("f.form", "{\"id\": \"f\", components"));
		for (Map.Entry<String, Map<String, String>> deployment : deployments.entrySet()) {
			long before = repository.createDeploymentQuery().count();
			// when a designer deploys each from Camunda Modeler
			HttpResponse<String> response = http.send(EngineRestDeployments.create(http, "designer",
					key + "-" + deployment.getKey(), deployment.getValue()));
			// then each is a client error, never a server error, and nothing is deployed
			assertThat(response.statusCode()).as(deployment.getKey() + ": " + response.body()).isEqualTo(400);
			assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
		}
		HttpResponse<String> gateway = http
			.send(EngineRestDeployments.create(http, "designer", key, Map.of(key + ".bpmn", gatewayModel(key))));
		assertThat(gateway.body()).contains("Gateway_Amount", "bpmn.gateway.flowWithoutCondition");
		JsonNode problem = firstProblem(JSON.readTree(gateway.body()));
		if (problem != null) {
			// Camunda's own error format, as Camunda Modeler reads it: the real place
			assertThat(problem.path("line").asInt()).isEqualTo(7);
			assertThat(problem.path("column").asInt()).isEqualTo(5);
		}
	}

	// ---------------------------------------------------------------- helpers

	/** Start, an exclusive gateway on line 7 with two flows that have no conditions. */
	private static String gatewayModel(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" name="网关" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Amount" />
				    <bpmn:exclusiveGateway id="Gateway_Amount" name="金额?" />
				    <bpmn:sequenceFlow id="Flow_Small" sourceRef="Gateway_Amount" targetRef="Task_Approve" />
				    <bpmn:sequenceFlow id="Flow_Big" sourceRef="Gateway_Amount" targetRef="Task_Approve" />
				    <bpmn:userTask id="Task_Approve" name="审批" camunda:assignee="${initiator}" camunda:formRef="%s-approval" camunda:formRefBinding="deployment" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key, key);
	}

	/** The first per-element problem of Camunda's error format, if the body has one. */
	private static JsonNode firstProblem(JsonNode body) {
		for (JsonNode report : body.path("details")) {
			for (JsonNode error : report.path("errors")) {
				return error;
			}
		}
		return null;
	}

	private static JsonNode engineFinding(JsonNode check, String code) {
		for (JsonNode finding : check.path("findings")) {
			if (finding.path("code").asText().equals(code)) {
				return finding;
			}
		}
		throw new AssertionError("no finding " + code + " in " + check.toPrettyString());
	}

	/** The body of saving the draft, with the approval form the model names. */
	private static String save(int revision, String key, String xml) {
		ObjectNode body = JSON.createObjectNode();
		body.put("revision", revision);
		body.put("bpmnXml", xml);
		ObjectNode form = body.putArray("forms").addObject().put("id", key + "-approval").putObject("schema");
		form.put("type", "default").put("id", key + "-approval").put("schemaVersion", 19);
		form.putArray("components")
			.addObject()
			.put("label", "comment")
			.put("type", "textfield")
			.put("id", "Field_comment")
			.put("key", "comment");
		return body.toString();
	}

	private org.springframework.test.web.servlet.ResultActions designer(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String language)
			throws Exception {
		return mvc.perform(request.with(httpBasic("designer", "demo")).header("Accept-Language", language));
	}

	private static JsonNode body(org.springframework.test.web.servlet.ResultActions response) throws Exception {
		return JSON.readTree(response.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String key() {
		return "refused-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
