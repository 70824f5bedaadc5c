package dev.baton.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;

/**
 * The forms module against the real engine: deployed forms per version and task, and how
 * validated data is stored.
 */
@BatonTest
class DeployedFormsTest {

	@Autowired
	FormSchemas schemas;

	@Autowired
	SubmissionValidator validator;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	ProblemWriter problems;

	private String latestPurchaseRequest() {
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey("purchase-request")
			.latestVersion()
			.singleResult()
			.getId();
	}

	private ProcessInstance startPurchaseRequest(Map<String, Object> variables) {
		identity.setAuthenticatedUserId("zhangwei");
		try {
			return runtime.startProcessInstanceById(latestPurchaseRequest(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Test
	void readsTheStartFormThatTheProcessDeployed() {
		// given
		String definitionId = latestPurchaseRequest();

		// when
		JsonNode form = schemas.startForm(definitionId).orElseThrow();

		// then
		assertThat(form.path("id").asText()).isEqualTo("purchase-request-start");
		assertThat(form.path("components").isArray()).isTrue();
	}

	@Test
	void readsTheFormOfAnOpenTask() {
		// given
		ProcessInstance instance = startPurchaseRequest(
				validator.validateStart(latestPurchaseRequest(), ShippedForms.purchaseRequest()).variables());
		Task approval = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

		// when
		JsonNode form = schemas.taskForm(approval.getId()).orElseThrow();

		// then
		assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_DepartmentHeadApproval");
		assertThat(form.path("id").asText()).isEqualTo("purchase-request-approval");
	}

	@Test
	void findsNoFormForUnknownDefinitionsAndTasks() {
		// when / then
		assertThat(schemas.startForm("no-such-definition:1:1")).isEmpty();
		assertThat(schemas.taskForm("no-such-task")).isEmpty();
	}

	@Test
	void storesValidatedListsAsJsonNeverAsJavaSerialization() {
		// given
		ValidatedSubmission submission = validator.validateStart(latestPurchaseRequest(),
				ShippedForms.purchaseRequest());

		// when
		ProcessInstance instance = startPurchaseRequest(submission.variables());

		// then
		ObjectValue items = runtime.getVariableTyped(instance.getId(), "items", false);
		assertThat(items.getSerializationDataFormat()).isEqualTo("application/json");
		assertThat(items.getValueSerialized())
			.isEqualTo("[{\"name\":\"笔记本电脑 Laptop\",\"quantity\":2,\"unitPrice\":28000},"
					+ "{\"name\":\"显示器 Monitor\",\"quantity\":2,\"unitPrice\":2000}]");
		// read back through Jackson: small whole numbers inside lists come back as
		// Integer
		assertThat(runtime.getVariable(instance.getId(), "items"))
			.isEqualTo(List.of(Map.of("name", "笔记本电脑 Laptop", "quantity", 2, "unitPrice", 28000),
					Map.of("name", "显示器 Monitor", "quantity", 2, "unitPrice", 2000)));
		assertThat(runtime.getVariable(instance.getId(), "total")).isEqualTo(60000L);
	}

	@Test
	void wouldStoreAPlainListAsJsonToo() {
		// given: the engine's default serialization format, for lists that other code
		// stores unwrapped
		ProcessInstance instance = startPurchaseRequest(
				validator.validateStart(latestPurchaseRequest(), ShippedForms.purchaseRequest()).variables());

		// when
		runtime.setVariable(instance.getId(), "plainList", List.of("a", "b"));

		// then
		ObjectValue plain = runtime.getVariableTyped(instance.getId(), "plainList", false);
		assertThat(plain.getSerializationDataFormat()).isEqualTo("application/json");
	}

	@Test
	void validatesATaskAgainstItsFormAndTheRequestsVariables() {
		// given: the department head's approval form echoes the request read-only
		ProcessInstance instance = startPurchaseRequest(
				validator.validateStart(latestPurchaseRequest(), ShippedForms.purchaseRequest()).variables());
		Task approval = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		Map<String, Object> current = runtime.getVariables(instance.getId());
		Map<String, Object> echo = ShippedForms.purchaseRequest();
		Map<String, Object> lowered = ShippedForms.purchaseRequest();
		lowered.put("total", 4000);

		// when
		ValidatedSubmission unchanged = validator.validateTask(approval.getId(), echo, current, true);
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> validator.validateTask(approval.getId(), lowered, current, true));

		// then
		assertThat(unchanged.variables()).isEmpty();
		assertThat(refused.fieldProblems()).extracting(ProblemException.FieldProblem::field).containsExactly("total");
	}

	@Test
	void usesTheFormOfTheProcessVersionNotTheNewestOne() {
		// given: two versions of one process whose start forms ask for different fields
		String key = "forms-version-" + UUID.randomUUID().toString().substring(0, 8);
		String first = publishVersion(key, "firstField");
		String second = publishVersion(key, "secondField");

		// when
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> validator.validateStart(first, Map.of("secondField", "x")));
		ValidatedSubmission accepted = validator.validateStart(second, Map.of("secondField", "x"));

		// then
		assertThat(first).isNotEqualTo(second);
		assertThat(refused.fieldProblems()).extracting(ProblemException.FieldProblem::messageKey)
			.containsExactly("forms.field.unknown");
		assertThat(accepted.variables()).containsEntry("secondField", "x");
	}

	@Test
	void refusalsBecomeTranslatedProblemDetailsNamingEachField() {
		// given
		Map<String, Object> data = ShippedForms.purchaseRequest();
		data.put("items", List.of(Map.of("name", "桌子 Desk", "quantity", 0, "unitPrice", 10)));
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> validator.validateStart(latestPurchaseRequest(), data));

		// when
		ProblemDetail english = problems.problem(Locale.US, refused);
		ProblemDetail chinese = problems.problem(Locale.SIMPLIFIED_CHINESE, refused);

		// then
		assertThat(english.getStatus()).isEqualTo(400);
		assertThat(english.getDetail()).isEqualTo("Some fields of the form are not valid.");
		assertThat(english.getProperties().get("errors")).isEqualTo(List.of(Map.of("field", "items[0].quantity", "code",
				"forms.field.min", "message", "数量 / Quantity #1: must be at least 0.01.")));
		assertThat(chinese.getDetail()).isEqualTo("表单中有字段填写有误。");
		assertThat(chinese.getProperties().get("errors")).isEqualTo(List.of(Map.of("field", "items[0].quantity", "code",
				"forms.field.min", "message", "数量 / Quantity #1：不能小于 0.01。")));
	}

	private String publishVersion(String key, String field) {
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
				    targetNamespace="http://baton.dev/test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="Start" camunda:formRef="%1$s-start" camunda:formRefBinding="deployment">
				      <bpmn:outgoing>Flow</bpmn:outgoing>
				    </bpmn:startEvent>
				    <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="End" />
				    <bpmn:endEvent id="End"><bpmn:incoming>Flow</bpmn:incoming></bpmn:endEvent>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(key);
		String form = """
				{ "id": "%s-start", "type": "default", "schemaVersion": 19, "components": [
				    { "type": "textfield", "id": "Field_1", "key": "%s", "label": "字段 / Field" } ] }
				""".formatted(key, field);
		publisher.publish(new ProcessBundle(key, key + ".bpmn", bpmn.getBytes(StandardCharsets.UTF_8),
				Map.of(key + "-start.form", form.getBytes(StandardCharsets.UTF_8))));
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getId();
	}

}
