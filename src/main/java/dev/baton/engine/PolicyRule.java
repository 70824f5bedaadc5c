package dev.baton.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules of Baton's safety policy (docs/safety-policy.md). Each code is also the
 * suffix of a message key in {@code i18n/engine.properties} and
 * {@code i18n/engine_zh_CN.properties}.
 */
enum PolicyRule {

	XML_DOCTYPE("xml.doctype"), XML_XINCLUDE("xml.xinclude"), XML_MALFORMED("xml.malformed"), XML_IMPORT("xml.import"),
	SIZE_BYTES("size.bytes"), SIZE_ELEMENTS("size.elements"), SIZE_DEPTH("size.depth"), SCRIPT_TASK("script.task"),
	SCRIPT_LISTENER("script.listener"), SCRIPT_IO("script.io"), SCRIPT_CONDITION("script.condition"),
	CODE_CLASS("code.class"), CODE_DELEGATE_EXPRESSION("code.delegateExpression"), CODE_EXPRESSION("code.expression"),
	CODE_TYPE("code.type"), CODE_CONNECTOR("code.connector"), CODE_EXTERNAL_RESOURCE("code.externalResource"),
	CODE_FIELD("code.field"), CODE_LISTENER("code.listener"), CODE_RESULT_VARIABLE("code.resultVariable"),
	TASK_SERVICE("task.service"), BLOCK_UNKNOWN("block.unknown"), EXTENSION_UNKNOWN("extension.unknown"),
	FORM_FORM_KEY("form.formKey"), FORM_GENERATED("form.generated"), EXPRESSION_DEFERRED("expression.deferred"),
	EXPRESSION_SYNTAX("expression.syntax"), EXPRESSION_TOO_COMPLEX("expression.tooComplex"),
	EXPRESSION_METHOD_CALL("expression.methodCall"), EXPRESSION_PROPERTY_ACCESS("expression.propertyAccess"),
	EXPRESSION_FUNCTION("expression.function"), EXPRESSION_RESERVED_NAME("expression.reservedName"),
	EXPRESSION_UNSUPPORTED("expression.unsupported"), TIMER_EXPRESSION("timer.expression"),
	TIMER_INVALID("timer.invalid"), TIMER_TOO_FREQUENT("timer.tooFrequent"), TIMER_RETRIES("timer.retries"),
	MI_CARDINALITY("mi.cardinality"), MI_CARDINALITY_EXPRESSION("mi.cardinalityExpression"),
	MI_COLLECTION("mi.collection"), CALL_EXPRESSION("call.expression"), CALL_OUTSIDE("call.outside"),
	CALL_RECURSION("call.recursion"), CALL_BINDING("call.binding"), CALL_CASE("call.case"),
	DECISION_EXPRESSION("decision.expression"), DMN_EXPRESSION_LANGUAGE("dmn.expressionLanguage"),
	RESOURCE_UNSUPPORTED("resource.unsupported"), APPROVER_INVALID("approver.invalid"),
	APPROVER_CHAIN_NEEDS_SEQUENCE("approver.chainNeedsSequence"), DEADLINE_UNKNOWN("deadline.unknown"),
	DEADLINE_NEEDS_DUE("deadline.needsDue"), DEADLINE_DUE("deadline.due"), DEADLINE_HOURS("deadline.hours"),
	DEADLINE_CHOICE("deadline.choice"), DEADLINE_EVERY("deadline.every"),
	DEADLINE_NEEDS_ESCALATION("deadline.needsEscalation"),

	// The engine's own verdict on a model that passed the policy
	// (EngineRefusals): what its BPMN parser, DMN transformer or form
	// reader could not accept.
	BPMN_INVALID("bpmn.invalid"), BPMN_SCHEMA("bpmn.schema"),
	BPMN_GATEWAY_FLOW_WITHOUT_CONDITION("bpmn.gateway.flowWithoutCondition"),
	BPMN_GATEWAY_DEFAULT_WITH_CONDITION("bpmn.gateway.defaultWithCondition"),
	BPMN_GATEWAY_NO_OUTGOING("bpmn.gateway.noOutgoing"),
	BPMN_GATEWAY_SINGLE_FLOW_WITH_CONDITION("bpmn.gateway.singleFlowWithCondition"),
	BPMN_START_EVENT_MISSING("bpmn.startEvent.missing"), BPMN_START_EVENT_MULTIPLE("bpmn.startEvent.multiple"),
	BPMN_SEQUENCE_FLOW_SOURCE("bpmn.sequenceFlow.source"), BPMN_SEQUENCE_FLOW_TARGET("bpmn.sequenceFlow.target"),
	BPMN_SEQUENCE_FLOW_NO_ID("bpmn.sequenceFlow.noId"), BPMN_MULTI_INSTANCE_COUNT("bpmn.multiInstance.count"),
	BPMN_MESSAGE_UNKNOWN("bpmn.message.unknown"), BPMN_SIGNAL_UNKNOWN("bpmn.signal.unknown"),
	BPMN_ERROR_NO_CODE("bpmn.error.noCode"), BPMN_BOUNDARY_EVENT_ATTACHED_TO("bpmn.boundaryEvent.attachedTo"),
	BPMN_DUPLICATE_KEY("bpmn.duplicateKey"), DMN_INVALID("dmn.invalid"), FORM_INVALID("form.invalid"),
	RESOURCE_INVALID("resource.invalid");

	static final String MESSAGE_PREFIX = "engine.policy.";

	private static final String BUNDLE = "i18n/engine";

	private final String code;

	PolicyRule(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	String messageKey() {
		return MESSAGE_PREFIX + code;
	}

	/**
	 * A violation of this rule, with its English detail taken from the English bundle.
	 */
	PolicyViolation violation(String resource, String elementId, Object... arguments) {
		List<String> texts = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
		return new PolicyViolation(elementId, code, english(texts), resource, texts);
	}

	String english(List<String> arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(messageKey()), Locale.ROOT).format(arguments.toArray());
	}

}
