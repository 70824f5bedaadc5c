package dev.baton.engine;

/**
 * Models a process designer must not be able to deploy, written out by hand, and a
 * harmless one for comparison.
 */
final class HostileModels {

	private HostileModels() {
	}

	/**
	 * A process that runs a method of the engine on its way: the service task's
	 * {@code camunda:expression} reaches the execution (and through it the whole engine).
	 * Would the engine deploy it, a started instance would carry the variable
	 * {@code pwned}.
	 */
	static String executionExpression(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_1" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Evil" />
				    <bpmn:serviceTask id="Task_Evil" camunda:expression="${execution.setVariable('pwned', true)}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Evil" targetRef="Task_Wait" />
				    <bpmn:userTask id="Task_Wait" />
				    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Wait" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key);
	}

	/** A decision table whose input expression is written in {@code language}. */
	static String decision(String languageAttribute) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_D" name="d" namespace="http://camunda.org/schema/1.0/dmn">
				  <decision id="discount" name="Discount">
				    <decisionTable id="Table_1">
				      <input id="Input_Total"><inputExpression id="Expr_1" typeRef="number"%s><text>total</text></inputExpression></input>
				      <output id="Output_1" name="discount" typeRef="number" />
				      <rule id="Rule_1"><inputEntry id="In_1"><text>&gt; 1000</text></inputEntry><outputEntry id="Out_1"><text>5</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>
				"""
			.formatted(languageAttribute);
	}

	/**
	 * A decision whose input expression is JUEL reaching the engine's variable context
	 * through a method call.
	 */
	static String juelDecision() {
		return decision(" expressionLanguage=\"juel\"").replace("<text>total</text>",
				"<text>variableContext.getClass().getClassLoader()</text>");
	}

	/** A plain approval: start, one task for the initiator, end. */
	static String harmless(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				    id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
				  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Approve" />
				    <bpmn:userTask id="Task_Approve" name="审批" camunda:assignee="${initiator}" />
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Approve" targetRef="EndEvent_1" />
				    <bpmn:endEvent id="EndEvent_1" />
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(key);
	}

}
