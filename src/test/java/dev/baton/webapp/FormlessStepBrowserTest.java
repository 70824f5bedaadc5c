package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * A model drawn in Camunda Modeler with a start form and two approval steps without forms
 * of their own, deployed through /engine-rest: each approver sees the request read-only
 * and approves, returns or rejects it with a comment.
 */
@BatonTest
class FormlessStepBrowserTest extends InTheBrowser {

	@Test
	void approvers_decide_a_step_without_a_form_on_the_request_they_see_read_only() {
		String key = "formless-" + UUID.randomUUID().toString().substring(0, 8);
		Http http = new Http(port);
		HttpResponse<String> deployed = http.send(modelerDeployment(http, key));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		String title = "打印机采购 " + System.nanoTime();
		HttpResponse<String> started = http.send(http.request("/api/requests", "zhangwei", "demo")
			.header("Content-Type", "application/json")
			.POST(Http
				.json("{\"processKey\":\"" + key + "\",\"data\":{\"title\":\"" + title + "\",\"amount\":2300}}")));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String requestId = JsonPath.read(started.body(), "$.id");

		// lina sees the request as it was filled in, read-only, and approves with a
		// comment
		try (User lina = app.as("lina")) {
			lina.openTask(requestId);
			Locator request = lina.page.getByTestId("step-without-form");
			assertThat(request).containsText("本步骤没有单独的表单");
			assertThat(lina.label("金额 / Amount")).hasValue("2300");
			assertThat(lina.label("金额 / Amount")).not().isEditable();
			assertThat(lina.button("同意")).isVisible();
			lina.screenshot("task-without-form");
			lina.approve("同意采购");
		}

		// wangfang returns it to lina with a comment; lina rejects it
		try (User wangfang = app.as("wangfang")) {
			wangfang.openTask(requestId);
			wangfang.returnTo("经理审批", "请补充报价");
		}
		try (User lina = app.as("lina", Device.PHONE, "zh-CN")) {
			HttpResponse<String> inbox = http
				.send(http.request("/api/tasks?scope=assigned&q=" + requestId, "lina", "demo"));
			lina.open("/tasks/" + JsonPath.<String>read(inbox.body(), "$.items[0].id"));
			assertThat(lina.label("标题 / Title")).hasValue(title);
			Object width = lina.page.evaluate("() => document.documentElement.scrollWidth");
			assertThat(((Number) width).intValue()).isLessThanOrEqualTo(375);
			lina.screenshot("phone-task-without-form");
			lina.reject("预算已用完");
		}
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openMyRequest(requestId);
			assertThat(zhangwei.timeline()).containsSubsequence("张伟 start", "李娜 approve", "王芳 return", "李娜 reject");
			assertThat(zhangwei.timelineComments()).contains("同意采购", "请补充报价", "预算已用完");
		}
	}

	private static HttpRequest.Builder modelerDeployment(Http http, String key) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		String body = part(boundary, "deployment-name", null, key)
				+ part(boundary, "deployment-source", null, "Camunda Modeler")
				+ part(boundary, "data", key + ".bpmn", bpmn(key))
				+ part(boundary, "form", key + "-start.form", form(key)) + "--" + boundary + "--\r\n";
		return http.request("/engine-rest/deployment/create", "designer", "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String part(String boundary, String name, String filename, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n" + value + "\r\n";
	}

	private static String bpmn(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.30.0">
				  <bpmn:process id="%1$s" name="无表单审批" isExecutable="true">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" camunda:formRef="%1$s-start" camunda:formRefBinding="deployment" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Manager" />
				    <bpmn:userTask id="Task_Manager" name="经理审批" camunda:assignee="lina" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Manager" targetRef="Task_Finance" />
				    <bpmn:userTask id="Task_Finance" name="财务审批" camunda:assignee="wangfang" />
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Finance" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>"""
			.formatted(key);
	}

	private static String form(String key) {
		return """
				{"type":"default","id":"%s-start","schemaVersion":19,"executionPlatform":"Camunda Platform","executionPlatformVersion":"7.24.0",
				 "components":[
				  {"type":"textfield","id":"Field_title","key":"title","label":"标题 / Title","validate":{"required":true}},
				  {"type":"number","id":"Field_amount","key":"amount","label":"金额 / Amount"}]}"""
			.formatted(key);
	}

}
