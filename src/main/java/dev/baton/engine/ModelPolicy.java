package dev.baton.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.engine.PolicyXml.Attribute;
import dev.baton.engine.PolicyXml.Node;

/**
 * Baton's safety policy over the files of one deployment (docs/safety-policy.md): every
 * file the engine would parse as BPMN or DMN is read as raw XML, before the engine does,
 * and every violation is collected. Elements are matched by local name in any namespace,
 * and the Camunda extension namespace together with its old Activiti alias, exactly as
 * the engine reads them, so a namespace trick cannot hide an attribute from the policy
 * that the engine would still obey.
 *
 * <p>
 * This class walks the files and hands each element to the rule family that judges it:
 * {@link ResourceLimits}, {@link CodePolicy} (scripts and code),
 * {@link CamundaAttributePolicy}, {@link ExpressionPolicy}, {@link TimerPolicy},
 * {@link MultiInstancePolicy}, {@link CallActivityPolicy}, {@link DecisionPolicy},
 * {@link FormPolicy} and {@link ApproverRulePolicy}.
 */
final class ModelPolicy {

	private final CodePolicy code;

	/**
	 * @param buildingBlocks names of Baton's reviewed building blocks
	 * ({@code baton.block}); empty for now
	 */
	ModelPolicy(Set<String> buildingBlocks) {
		this.code = new CodePolicy(buildingBlocks);
	}

	/**
	 * Every violation in the files of one deployment (file name → content), in file and
	 * document order. A file is judged as what the engine would parse it as, by the end
	 * of its name ({@link ModelResources}): {@code x_bpmn} is BPMN.
	 */
	List<PolicyViolation> check(Map<String, byte[]> resources) {
		List<PolicyViolation> violations = new ArrayList<>();
		Map<String, Node> bpmn = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
			String name = resource.getKey();
			switch (ModelResources.of(name)) {
				case BPMN -> {
					Node root = ResourceLimits.read(name, resource.getValue(), violations);
					if (root != null) {
						bpmn.put(name, root);
					}
				}
				case DMN -> {
					Node root = ResourceLimits.read(name, resource.getValue(), violations);
					if (root != null) {
						DecisionPolicy.checkDmn(name, root, violations);
					}
				}
				case CMMN -> ResourceLimits.refuseUnsupported(name, "CMMN", violations);
				case FORM, OTHER -> {
					// form-js JSON and files no deployer parses: no code, nothing to
					// judge
				}
			}
		}
		CallActivityPolicy calls = CallActivityPolicy.over(bpmn.values());
		bpmn.forEach((name, root) -> new BpmnWalk(new PolicyFindings(name, violations), calls).run(root));
		calls.checkRecursion(violations);
		return ResourceLimits.capped(violations);
	}

	/** One BPMN file, element by element in document order. */
	private final class BpmnWalk {

		private final PolicyFindings findings;

		private final CallActivityPolicy calls;

		BpmnWalk(PolicyFindings findings, CallActivityPolicy calls) {
			this.findings = findings;
			this.calls = calls;
		}

		void run(Node root) {
			if (ResourceLimits.checkFlowElements(root, findings)) {
				visit(root);
			}
		}

		private void visit(Node node) {
			if (node.is("BPMNDiagram") && node.parent != null && node.parent.parent == null) {
				return; // diagram interchange: positions and shapes, never read by the
						// engine
			}
			if (CamundaXml.isCamunda(node.uri) && !checkExtensionElement(node)) {
				return;
			}
			if (!checkElement(node)) {
				return;
			}
			Set<String> handledAttributes = CamundaAttributePolicy.check(node, findings);
			for (Attribute attribute : node.attributes) {
				if (!handledAttributes.contains(attribute.qName())) {
					findings.add(node, ExpressionPolicy.check(attribute.value()));
				}
			}
			if (!handledText(node) && !node.text().isBlank()) {
				findings.add(node, ExpressionPolicy.check(node.text()));
			}
			node.children.forEach(this::visit);
		}

		/**
		 * @return whether to look further into the element
		 */
		private boolean checkElement(Node node) {
			switch (node.localName) {
				case "scriptTask" -> {
					code.refuseScriptTask(node, findings);
					return false;
				}
				case "script" -> {
					code.refuseScript(node, findings);
					return false;
				}
				case "import" -> {
					code.refuseImport(node, findings);
					return false;
				}
				case "serviceTask", "sendTask" -> code.checkServiceTask(node, findings);
				case "userTask" -> {
					ApproverRulePolicy.check(node, findings);
					DeadlinePolicy.check(node, findings);
				}
				case "businessRuleTask" -> DecisionPolicy.checkBusinessRuleTask(node, findings);
				case "callActivity" -> calls.check(node, findings);
				case "conditionExpression", "condition", "completionCondition" -> {
					return code.checkConditionLanguage(node, findings);
				}
				case "timeCycle" -> findings.add(node, TimerPolicy.checkCycle(node.text()));
				case "multiInstanceLoopCharacteristics" -> MultiInstancePolicy.check(node, findings);
				default -> {
				}
			}
			return true;
		}

		/** Text that a rule of its own has already judged. */
		private boolean handledText(Node node) {
			return node.is("timeCycle") || node.is("loopCardinality") || node.is("loopDataInputRef")
					|| (CamundaXml.isCamunda(node.uri) && node.is("failedJobRetryTimeCycle"));
		}

		/**
		 * @return whether to look further into the Camunda extension element
		 */
		private boolean checkExtensionElement(Node node) {
			switch (node.localName) {
				case "executionListener", "taskListener" -> {
					code.refuseListener(node, findings);
					return false;
				}
				case "connector" -> {
					code.refuseConnector(node, findings);
					return false;
				}
				case "field" -> {
					code.refuseField(node, findings);
					return false;
				}
				case "formData", "formProperty" -> {
					FormPolicy.refuseGeneratedForm(node, findings);
					return false;
				}
				case "script" -> {
					return true; // judged as an element (script.io)
				}
				case "failedJobRetryTimeCycle" -> {
					findings.add(node, TimerPolicy.checkRetryCycle(node.text()));
					return true;
				}
				default -> {
					return CamundaAttributePolicy.checkExtensionElement(node, findings);
				}
			}
		}

	}

}
