package dev.baton.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile models, one rule at a time: each is refused naming the element and the rule;
 * the shipped ones pass.
 */
class SafetyPolicyTest {

	private final ModelPolicy policy = new ModelPolicy(Set.of());

	// ---------------------------------------------------------------- what must keep
	// working

	@Test
	void theShippedProcessesPassThePolicy() throws IOException {
		// given the three shipped processes with their forms, as Baton publishes them
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			models.filter(path -> path.toString().endsWith(".bpmn"))
				.forEach(path -> files.put(path.getFileName().toString(), bytes(path)));
		}
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			forms.forEach(path -> files.put(path.getFileName().toString(), bytes(path)));
		}
		assertThat(files).containsKeys("purchase-request.bpmn", "leave-request.bpmn", "project-handoff.bpmn");
		// when the policy reads them, then nothing is refused
		assertThat(policy.check(files)).isEmpty();
	}

	@Test
	void comparisonsArithmeticLiteralsAndTheAllowedFunctionsPass() {
		// given conditions and assignments in the allowed JUEL subset
		String model = process(
				"""
						<bpmn:userTask id="Task_Confirm" name="确认 ${title}" camunda:assignee="${initiator}"
						    camunda:candidateUsers="${authenticatedUserId}" camunda:dueDate="${now()}" camunda:formRef="leave-request-start"
						    camunda:formRefBinding="deployment" camunda:asyncBefore="true" />
						<bpmn:sequenceFlow id="Flow_A" sourceRef="Task_Confirm" targetRef="Task_Confirm">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${total &gt; 5000 &amp;&amp; !empty note || days &lt;= 3}</bpmn:conditionExpression>
						</bpmn:sequenceFlow>
						<bpmn:sequenceFlow id="Flow_B" sourceRef="Task_Confirm" targetRef="Task_Confirm">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${(a + b * 2 % 3 - 1 / 4 &gt;= 10) == (decision != 'return') ? true : x eq null}</bpmn:conditionExpression>
						</bpmn:sequenceFlow>
						<bpmn:userTask id="Task_Who" camunda:assignee="${currentUser()}" camunda:candidateGroups="${currentUserGroups()}" />
						""");
		// then the policy has nothing against them
		assertThat(violations(model)).isEmpty();
	}

	@Test
	void approvalStepsWithBatonRulesMultiInstanceAndErrorSubprocessesPass() {
		// given an approval step with an approver rule on a multi-instance loop, and the
		// reject sub-process
		String model = process(
				"""
						<bpmn:userTask id="Task_Approve" name="审批">
						  <bpmn:extensionElements><camunda:properties>
						    <camunda:property name="baton.approver" value="manager-chain" />
						    <camunda:property name="baton.level" value="3" />
						  </camunda:properties></bpmn:extensionElements>
						  <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="batonApprovers" camunda:elementVariable="batonApprover" />
						</bpmn:userTask>
						<bpmn:userTask id="Task_Each">
						  <bpmn:multiInstanceLoopCharacteristics camunda:collection="${reviewers}">
						    <bpmn:loopCardinality>${count}</bpmn:loopCardinality>
						    <bpmn:completionCondition>${nrOfCompletedInstances &gt;= 2}</bpmn:completionCondition>
						  </bpmn:multiInstanceLoopCharacteristics>
						</bpmn:userTask>
						<bpmn:userTask id="Task_Three"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
						<bpmn:businessRuleTask id="Task_Decide" camunda:decisionRef="discount" camunda:resultVariable="discount" camunda:mapDecisionResult="singleEntry" />
						<bpmn:subProcess id="SubProcess_Rejected" triggeredByEvent="true">
						  <bpmn:startEvent id="StartEvent_Rejected"><bpmn:errorEventDefinition errorRef="Error_BatonRejected" /></bpmn:startEvent>
						</bpmn:subProcess>
						<bpmn:boundaryEvent id="Timer_Remind" attachedToRef="Task_Approve" cancelActivity="false">
						  <bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
						</bpmn:boundaryEvent>
						<bpmn:boundaryEvent id="Timer_Deadline" attachedToRef="Task_Approve">
						  <bpmn:timerEventDefinition><bpmn:timeDate>${deadline}</bpmn:timeDate></bpmn:timerEventDefinition>
						</bpmn:boundaryEvent>
						""");
		assertThat(violations(model)).isEmpty();
	}

	// ---------------------------------------------------------------- scripts

	@ParameterizedTest
	@ValueSource(strings = { "javascript", "groovy" })
	void aScriptTaskIsRefusedWhateverItsLanguage(String language) {
		String model = process("""
				<bpmn:scriptTask id="Task_Script" scriptFormat="%s">
				  <bpmn:script>java.lang.Runtime.getRuntime().exec("rm -rf /")</bpmn:script>
				</bpmn:scriptTask>""".formatted(language));
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Script", "script.task"));
	}

	@Test
	void anExecutionListenerWithAScriptIsRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Listened">
						  <bpmn:extensionElements>
						    <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">println 'x'</camunda:script></camunda:executionListener>
						  </bpmn:extensionElements>
						</bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Listened", "script.listener"));
	}

	@Test
	void aTaskListenerWithAClassIsRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Listened">
						  <bpmn:extensionElements><camunda:taskListener event="create" class="com.example.Evil" /></bpmn:extensionElements>
						</bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Listened", "code.class"));
	}

	@Test
	void aListenerOnTheProcessIsNamedByTheProcess() {
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
				  <bpmn:process id="p" isExecutable="true">
				    <bpmn:extensionElements><camunda:executionListener event="end" expression="${bean.run()}" /></bpmn:extensionElements>
				  </bpmn:process>
				</bpmn:definitions>""";
		assertThat(rulesOf(model)).containsExactly(tuple("p", "code.expression"));
	}

	@Test
	void aScriptInAnInputOrOutputMappingIsRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Mapped">
						  <bpmn:extensionElements><camunda:inputOutput>
						    <camunda:inputParameter name="plain">${amount}</camunda:inputParameter>
						    <camunda:outputParameter name="evil"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:outputParameter>
						  </camunda:inputOutput></bpmn:extensionElements>
						</bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Mapped", "script.io"));
	}

	@Test
	void aConditionInGroovyIsRefused() {
		String model = process(
				"""
						<bpmn:sequenceFlow id="Flow_Groovy" sourceRef="a" targetRef="b">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">"ls".execute(); true</bpmn:conditionExpression>
						</bpmn:sequenceFlow>""");
		List<PolicyViolation> found = violations(model);
		assertThat(found).extracting(PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple("Flow_Groovy", "script.condition"));
		assertThat(found.get(0).detail()).contains("groovy");
	}

	// ---------------------------------------------------------------- code

	@Test
	void serviceTasksWithAClassADelegateExpressionOrAnExpressionAreRefused() {
		String model = process(
				"""
						<bpmn:serviceTask id="Task_Class" camunda:class="com.example.Evil" />
						<bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${batonNotify}" />
						<bpmn:serviceTask id="Task_Expression" camunda:expression="${processPublisher.publish(null)}" camunda:resultVariable="x" />
						<bpmn:serviceTask id="Task_Shell" camunda:type="shell" />
						<bpmn:sendTask id="Task_External" camunda:type="external" camunda:topic="anything" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Class", "code.class"),
				tuple("Task_Delegate", "code.delegateExpression"), tuple("Task_Expression", "code.expression"),
				tuple("Task_Expression", "code.resultVariable"), tuple("Task_Shell", "code.type"),
				tuple("Task_External", "code.type"));
	}

	@Test
	void aServiceTaskWithAConnectorIsRefused() {
		String model = process(
				"""
						<bpmn:serviceTask id="Task_Http">
						  <bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>
						</bpmn:serviceTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Http", "code.connector"));
	}

	@Test
	void aServiceTaskIsOnlyAllowedAsABuildingBlockAndNoneExistsYet() {
		String model = process(
				"""
						<bpmn:serviceTask id="Task_Nothing" />
						<bpmn:serviceTask id="Task_Notify">
						  <bpmn:extensionElements><camunda:properties><camunda:property name="baton.block" value="notify" /></camunda:properties></bpmn:extensionElements>
						</bpmn:serviceTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Nothing", "task.service"),
				tuple("Task_Notify", "block.unknown"));
	}

	@Test
	void aNamedBuildingBlockOnTheAllowListPasses() {
		String model = process(
				"""
						<bpmn:serviceTask id="Task_Notify">
						  <bpmn:extensionElements><camunda:properties><camunda:property name="baton.block" value="notify" /></camunda:properties></bpmn:extensionElements>
						</bpmn:serviceTask>""");
		assertThat(new ModelPolicy(Set.of("notify")).check(Map.of("m.bpmn", model.getBytes(UTF_8)))).isEmpty();
	}

	@Test
	void externalResourcesFieldInjectionAndUnknownExtensionsAreRefused() {
		String model = process(
				"""
						<bpmn:sequenceFlow id="Flow_Resource" sourceRef="a" targetRef="b">
						  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" camunda:resource="deployment://evil.js" />
						</bpmn:sequenceFlow>
						<bpmn:userTask id="Task_Field"><bpmn:extensionElements><camunda:field name="x" stringValue="y" /></bpmn:extensionElements></bpmn:userTask>
						<bpmn:userTask id="Task_Odd" camunda:somethingNew="1"><bpmn:extensionElements><camunda:errorEventDefinition /></bpmn:extensionElements></bpmn:userTask>
						<bpmn:callActivity id="Task_Case" camunda:caseRef="case" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Flow_Resource", "code.externalResource"),
				tuple("Task_Field", "code.field"), tuple("Task_Odd", "extension.unknown"),
				tuple("Task_Odd", "extension.unknown"), tuple("Task_Case", "call.case"));
	}

	@Test
	void theOldActivitiNamespaceAndForeignPrefixesDoNotHideAnything() {
		// given the engine's alias namespace for camunda: and a script task in a made-up
		// namespace
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:activiti="http://activiti.org/bpmn"
				    xmlns:camunda="urn:not-camunda" xmlns:evil="urn:evil" id="D" targetNamespace="t">
				  <bpmn:process id="p" isExecutable="true">
				    <bpmn:serviceTask id="Task_Aliased" activiti:class="com.example.Evil" camunda:class="ignored.by.the.engine" />
				    <bpmn:userTask id="Task_AliasedListener">
				      <bpmn:extensionElements><activiti:taskListener event="create" delegateExpression="${x}" /></bpmn:extensionElements>
				    </bpmn:userTask>
				    <evil:scriptTask id="Task_Foreign" scriptFormat="javascript"><evil:script>1</evil:script></evil:scriptTask>
				  </bpmn:process>
				</bpmn:definitions>""";
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Aliased", "code.class"),
				tuple("Task_AliasedListener", "code.delegateExpression"), tuple("Task_Foreign", "script.task"));
	}

	@Test
	void embeddedAndGeneratedFormsAreRefusedFormJsFormsPass() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Embedded" camunda:formKey="embedded:app:forms/evil.html" />
						<bpmn:userTask id="Task_Generated">
						  <bpmn:extensionElements><camunda:formData><camunda:formField id="f" type="string">
						    <camunda:validation><camunda:constraint name="validator" config="com.example.Evil" /></camunda:validation>
						  </camunda:formField></camunda:formData></bpmn:extensionElements>
						</bpmn:userTask>
						<bpmn:userTask id="Task_FormJs" camunda:formRef="purchase-request-approval" camunda:formRefBinding="deployment" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Embedded", "form.formKey"),
				tuple("Task_Generated", "form.generated"));
	}

	// ---------------------------------------------------------------- expressions

	@Test
	void methodCallsOnEngineObjectsBeansAndLiteralsAreRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Services" camunda:assignee="${execution.getProcessEngineServices().getRuntimeService()}" />
						<bpmn:userTask id="Task_Bean" camunda:assignee="${someBean.method()}" />
						<bpmn:userTask id="Task_Reflection" camunda:assignee="${''.getClass().forName('java.lang.Runtime')}" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Services", "expression.methodCall"),
				tuple("Task_Bean", "expression.methodCall"), tuple("Task_Reflection", "expression.methodCall"));
	}

	@Test
	void propertyAndIndexAccessAreRefused() {
		String model = process("""
				<bpmn:userTask id="Task_Class" camunda:assignee="${x.class}" />
				<bpmn:userTask id="Task_Index" camunda:assignee="${x['class']}" />
				<bpmn:userTask id="Task_Nested" camunda:assignee="${order.customer.name}" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Class", "expression.propertyAccess"),
				tuple("Task_Index", "expression.propertyAccess"), tuple("Task_Nested", "expression.propertyAccess"));
	}

	@Test
	void deferredExpressionsLambdasAssignmentsAndSemicolonsAreRefused() {
		String model = process("""
				<bpmn:userTask id="Task_Deferred" camunda:assignee="#{initiator}" />
				<bpmn:userTask id="Task_Lambda" camunda:assignee="${(x -> x)(1)}" />
				<bpmn:userTask id="Task_Assignment" camunda:assignee="${x = 1}" />
				<bpmn:userTask id="Task_Semicolon" camunda:assignee="${x; y}" />
				<bpmn:userTask id="Task_Concatenation" camunda:assignee="${x += 'a'}" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Deferred", "expression.deferred"),
				tuple("Task_Lambda", "expression.syntax"), tuple("Task_Assignment", "expression.syntax"),
				tuple("Task_Semicolon", "expression.syntax"), tuple("Task_Concatenation", "expression.syntax"));
	}

	@Test
	void engineObjectsOtherFunctionsAndMonstrousExpressionsAreRefused() {
		String model = process("""
				<bpmn:userTask id="Task_Execution" camunda:assignee="${execution}" />
				<bpmn:userTask id="Task_Spin" camunda:assignee="${S(json)}" />
				<bpmn:userTask id="Task_DateTime" camunda:dueDate="${dateTime()}" />
				<bpmn:userTask id="Task_Deep" camunda:assignee="${%s1%s}" />""".formatted("(".repeat(30),
				")".repeat(30)));
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Execution", "expression.reservedName"),
				tuple("Task_Spin", "expression.function"), tuple("Task_DateTime", "expression.function"),
				tuple("Task_Deep", "expression.tooComplex"));
	}

	@Test
	void expressionsAreCheckedWhereverTheEngineEvaluatesThem() {
		// given hostile expressions in a task name, its documentation (the task
		// description) and a completion condition
		String model = process(
				"""
						<bpmn:userTask id="Task_Name" name="${bean.name()}" />
						<bpmn:userTask id="Task_Description"><bpmn:documentation>${bean.description()}</bpmn:documentation></bpmn:userTask>
						<bpmn:userTask id="Task_Loop">
						  <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>2</bpmn:loopCardinality>
						    <bpmn:completionCondition>${bean.done()}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>
						</bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Name", "expression.methodCall"),
				tuple("Task_Description", "expression.methodCall"), tuple("Task_Loop", "expression.methodCall"));
	}

	// ---------------------------------------------------------------- XML and size

	@Test
	void aDoctypeWithAnExternalEntityIsRefusedWithoutReadingTheFile() {
		String model = """
				<?xml version="1.0"?>
				<!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:process id="p" name="&xxe;" isExecutable="true" />
				</bpmn:definitions>""";
		List<PolicyViolation> found = violations(model);
		assertThat(found).extracting(PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple(null, "xml.doctype"));
		assertThat(found.get(0).line()).startsWith("model.bpmn: xml.doctype — ").doesNotContain("root:");
	}

	@Test
	void theBillionLaughsAreRefusedBeforeAnyEntityIsExpanded() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		String model = "<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities + "]>"
				+ "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"p\" name=\"&lol9;\"/></bpmn:definitions>";
		assertThat(rulesOf(model)).containsExactly(tuple(null, "xml.doctype"));
	}

	@Test
	void aSixMegabyteModelIsRefusedUnread() {
		String padding = "<bpmn:documentation>" + "x".repeat(6 * 1024 * 1024) + "</bpmn:documentation>";
		List<PolicyViolation> found = violations(process(padding));
		assertThat(found).extracting(PolicyViolation::rule).containsExactly("size.bytes");
		assertThat(found.get(0).arguments()).containsExactly(String.valueOf(process(padding).getBytes(UTF_8).length),
				String.valueOf(ResourceLimits.MAX_BYTES));
	}

	@Test
	void tenThousandElementsAreRefused() {
		StringBuilder tasks = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			tasks.append("<bpmn:task id=\"T").append(i).append("\"/>");
		}
		assertThat(rulesOf(process(tasks.toString()))).containsExactly(tuple(null, "size.elements"));
	}

	@Test
	void deeplyNestedElementsAndBrokenXmlAreRefused() {
		String deep = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
				+ "<a>".repeat(5000) + "</a>".repeat(5000) + "</bpmn:definitions>";
		assertThat(rulesOf(deep)).containsExactly(tuple(null, "size.depth"));
		assertThat(rulesOf("<bpmn:definitions")).containsExactly(tuple(null, "xml.malformed"));
	}

	@Test
	void importsOfExternalDefinitionsAreRefused() {
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:import id="Import_1" importType="http://www.w3.org/2001/XMLSchema" location="http://evil.example/x.xsd" namespace="x" />
				  <bpmn:process id="p" isExecutable="true" />
				</bpmn:definitions>""";
		assertThat(rulesOf(model)).containsExactly(tuple("Import_1", "xml.import"));
	}

	// ---------------------------------------------------------------- timers

	@ParameterizedTest
	@ValueSource(strings = { "R/PT1S", "R1000/PT1M", "R5/2026-01-01T00:00:00Z/PT4M59S", "* * * * * *", "0 * * * * *",
			"0 0/4 * * * *", "0 0,3 9 * * *", "*/30 0 9 * * *" })
	void timerCyclesMoreOftenThanEveryFiveMinutesAreRefused(String cycle) {
		assertThat(rulesOf(timer(cycle))).containsExactly(tuple("Timer_Cycle", "timer.tooFrequent"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "R/PT5M", "R3/PT1H", "R/P1D", "R2/P1W", "0 0/5 * * * *", "0 0 9 * * MON-FRI",
			"0 0,30 8-18 * * *", "0 15 * * * *", "@daily" })
	void timerCyclesOfFiveMinutesOrMorePass(String cycle) {
		assertThat(violations(timer(cycle))).isEmpty();
	}

	@Test
	void timerCyclesMustBeWrittenOutAndReadable() {
		assertThat(rulesOf(timer("${cycle}"))).containsExactly(tuple("Timer_Cycle", "timer.expression"));
		assertThat(rulesOf(timer("every five minutes"))).containsExactly(tuple("Timer_Cycle", "timer.invalid"));
	}

	@Test
	void endlessJobRetriesAreRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Retried" camunda:asyncBefore="true">
						  <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R/PT1S</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
						</bpmn:userTask>
						<bpmn:userTask id="Task_RetriedTwice" camunda:asyncBefore="true">
						  <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R2/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
						</bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Retried", "timer.retries"));
	}

	// ---------------------------------------------------------------- multi-instance and
	// call activities

	@Test
	void multiInstanceCardinalityAboveTheLimitOrComputedIsRefused() {
		String model = process(
				"""
						<bpmn:userTask id="Task_Many"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>100000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
						<bpmn:userTask id="Task_Computed"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${count * 1000}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
						<bpmn:userTask id="Task_Collection"><bpmn:multiInstanceLoopCharacteristics camunda:collection="${order.lines}" /></bpmn:userTask>""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Many", "mi.cardinality"),
				tuple("Task_Computed", "mi.cardinalityExpression"), tuple("Task_Collection", "mi.collection"));
	}

	@Test
	void callActivitiesMayOnlyCallOtherProcessesOfTheSameDeploymentWithoutRecursion() {
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
				  <bpmn:process id="main" isExecutable="true">
				    <bpmn:callActivity id="Call_Self" calledElement="main" />
				    <bpmn:callActivity id="Call_Helper" calledElement="helper" camunda:calledElementBinding="deployment" />
				    <bpmn:callActivity id="Call_Elsewhere" calledElement="payroll" />
				    <bpmn:callActivity id="Call_Computed" calledElement="${target}" />
				    <bpmn:callActivity id="Call_Pinned" calledElement="helper" camunda:calledElementBinding="version" camunda:calledElementVersion="1" />
				  </bpmn:process>
				  <bpmn:process id="helper" isExecutable="true" />
				  <bpmn:process id="ping" isExecutable="true"><bpmn:callActivity id="Call_Pong" calledElement="pong" /></bpmn:process>
				  <bpmn:process id="pong" isExecutable="true"><bpmn:callActivity id="Call_Ping" calledElement="ping" /></bpmn:process>
				</bpmn:definitions>""";
		assertThat(rulesOf(model)).containsExactlyInAnyOrder(tuple("Call_Elsewhere", "call.outside"),
				tuple("Call_Computed", "call.expression"), tuple("Call_Pinned", "call.binding"),
				tuple("Call_Self", "call.recursion"), tuple("Call_Pong", "call.recursion"),
				tuple("Call_Ping", "call.recursion"));
	}

	@Test
	void aCallIntoAnotherFileOfTheSameDeploymentPasses() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("main.bpmn",
				"""
						<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
						  <bpmn:process id="main" isExecutable="true"><bpmn:callActivity id="Call_Helper" calledElement="helper" /></bpmn:process>
						</bpmn:definitions>"""
					.getBytes(UTF_8));
		files.put("helper.bpmn", """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:process id="helper" isExecutable="true" />
				</bpmn:definitions>""".getBytes(UTF_8));
		assertThat(policy.check(files)).isEmpty();
	}

	@Test
	void decisionsAreCalledByTheirNameOnly() {
		String model = process("""
				<bpmn:businessRuleTask id="Task_Computed" camunda:decisionRef="${decision}" />""");
		assertThat(rulesOf(model)).containsExactly(tuple("Task_Computed", "decision.expression"));
	}

	// ---------------------------------------------------------------- DMN and other
	// files

	@Test
	void dmnDecisionsInFeelPassAndInJavaScriptOrJuelAreRefused() {
		String feel = dmn("");
		String script = dmn(" expressionLanguage=\"javascript\"");
		String juel = dmn(" expressionLanguage=\"juel\"");
		assertThat(policy.check(Map.of("discount.dmn", feel.getBytes(UTF_8)))).isEmpty();
		assertThat(policy.check(Map.of("discount.dmn", script.getBytes(UTF_8))))
			.extracting(PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple("discount", "dmn.expressionLanguage"));
		assertThat(policy.check(Map.of("discount.dmn", juel.getBytes(UTF_8))))
			.extracting(PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple("discount", "dmn.expressionLanguage"));
	}

	@Test
	void cmmnModelsAreRefused() {
		assertThat(policy.check(Map.of("case.cmmn", "<definitions/>".getBytes(UTF_8))))
			.extracting(PolicyViolation::resource, PolicyViolation::rule)
			.containsExactly(tuple("case.cmmn", "resource.unsupported"));
	}

	// ---------------------------------------------------------------- all at once

	@Test
	void everyViolationIsListedAtOnceWithItsElementAndRule() {
		// given a model breaking five rules in five places
		String model = process(
				"""
						<bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
						<bpmn:userTask id="Task_Listened"><bpmn:extensionElements><camunda:taskListener event="create" class="com.example.Evil" /></bpmn:extensionElements></bpmn:userTask>
						<bpmn:sequenceFlow id="Flow_Groovy" sourceRef="a" targetRef="b"><bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression></bpmn:sequenceFlow>
						<bpmn:userTask id="Task_Reflection" camunda:assignee="${''.getClass()}" />
						<bpmn:startEvent id="Timer_Cycle"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>""");
		// when the policy refuses it
		List<PolicyViolation> found = violations(model);
		SafetyPolicyException refusal = new SafetyPolicyException(found);
		// then all five are listed, each naming the element and the rule, in the model's
		// order
		assertThat(refusal.violations()).extracting(PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple("Task_Script", "script.task"), tuple("Task_Listened", "code.class"),
					tuple("Flow_Groovy", "script.condition"), tuple("Task_Reflection", "expression.methodCall"),
					tuple("Timer_Cycle", "timer.tooFrequent"));
		assertThat(refusal.getMessage()).contains("5 violations", "nothing was deployed",
				"- Task_Script: script.task — Script tasks run code on the server",
				"- Task_Listened: code.class — camunda:class runs Java classes",
				"- Flow_Groovy: script.condition — Conditions written in the script language \"groovy\"",
				"- Task_Reflection: expression.methodCall — The expression ${''.getClass()} calls a method",
				"- Timer_Cycle: timer.tooFrequent — The timer cycle R/PT1S fires more often than every 5 minutes");
		assertThat(refusal.getResorceReports()).singleElement().satisfies(report -> {
			assertThat(report.getResourceName()).isEqualTo("model.bpmn");
			assertThat(report.getErrors()).extracting(problem -> problem.getMainElementId())
				.containsExactly("Task_Script", "Task_Listened", "Flow_Groovy", "Task_Reflection", "Timer_Cycle");
		});
	}

	// ---------------------------------------------------------------- helpers

	private List<PolicyViolation> violations(String model) {
		return policy.check(Map.of("model.bpmn", model.getBytes(UTF_8)));
	}

	private List<org.assertj.core.groups.Tuple> rulesOf(String model) {
		return violations(model).stream().map(violation -> tuple(violation.elementId(), violation.rule())).toList();
	}

	private static String process(String body) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="policy-test" isExecutable="true" camunda:historyTimeToLive="P30D">
				%s
				  </bpmn:process>
				  <bpmn:error id="Error_BatonRejected" errorCode="baton-rejected" />
				</bpmn:definitions>
				"""
			.formatted(body);
	}

	private static String timer(String cycle) {
		return process(
				"""
						<bpmn:startEvent id="Timer_Cycle"><bpmn:timerEventDefinition id="TimerEventDefinition_1"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">%s</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"""
					.formatted(cycle));
	}

	private static String dmn(String language) {
		return """
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_D" name="d" namespace="http://camunda.org/schema/1.0/dmn">
				  <decision id="discount" name="Discount">
				    <decisionTable id="Table_1">
				      <input id="Input_Total"><inputExpression id="Expr_1" typeRef="number"%s><text>total</text></inputExpression></input>
				      <output id="Output_1" name="discount" typeRef="number" />
				      <rule id="Rule_1"><inputEntry id="In_1"><text>&gt; 1000</text></inputEntry><outputEntry id="Out_1"><text>5</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>"""
			.formatted(language);
	}

	private static byte[] bytes(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
