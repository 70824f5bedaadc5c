package dev.baton.engine;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every finding says where it is: the line and column where the element's start tag
 * begins, or where the XML could not be read — as an editor counts them.
 */
class SafetyPolicyPositionsTest {

	private final ModelPolicy policy = new ModelPolicy(Set.of());

	@Test
	void eachViolationCarriesTheLineAndColumnWhereItsElementStarts() {
		// given a model with a listener on line 6 and a script task whose tag spans lines
		// 8 to 10
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
				  <bpmn:process id="p" isExecutable="true">
				    <bpmn:userTask id="Task_Listened" name="审批">
				      <bpmn:extensionElements>
				        <camunda:taskListener event="create" class="com.example.Evil" />
				      </bpmn:extensionElements>
				    </bpmn:userTask>    <bpmn:scriptTask
				        id="Task_Script"
				        scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
				  </bpmn:process>
				</bpmn:definitions>
				""";
		// when the policy refuses it
		List<PolicyViolation> found = policy.check(Map.of("m.bpmn", model.getBytes(UTF_8)));
		// then the listener is named by its task but placed where the listener is, and
		// the script task where its tag opens
		assertThat(found)
			.extracting(PolicyViolation::elementId, PolicyViolation::rule, PolicyViolation::lineNumber,
					PolicyViolation::columnNumber)
			.containsExactly(tuple("Task_Listened", "code.class", 6, 9), tuple("Task_Script", "script.task", 8, 25));
		// and the refusal hands those positions to the engine's REST API and Camunda
		// Modeler
		assertThat(new SafetyPolicyException(found).getResorceReports().get(0).getErrors())
			.extracting(problem -> problem.getLine(), problem -> problem.getColumn())
			.containsExactly(tuple(6, 9), tuple(8, 25));
	}

	@Test
	void positionsCountCharactersNotBytesInAnyEncodingAndAnyLineEnd() {
		// given the same model with Chinese names before the element, with Windows line
		// ends, as UTF-8 with a byte-order mark and as UTF-16
		String model = """
				<?xml version="1.0" encoding="%s"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:process id="p" name="采购申请流程">
				    <bpmn:task id="Task_Name" name="部门负责人审批" /><bpmn:scriptTask id="Task_Script" />
				  </bpmn:process>
				</bpmn:definitions>
				""".replace("\n", "\r\n");
		for (Charset charset : List.of(UTF_8, UTF_16)) {
			byte[] bytes = model.formatted(charset.name()).getBytes(charset);
			if (charset == UTF_8) {
				bytes = withByteOrderMark(bytes);
			}
			// when the policy refuses the script task, then it is placed after the
			// Chinese name by characters
			assertThat(policy.check(Map.of("m.bpmn", bytes)))
				.extracting(PolicyViolation::lineNumber, PolicyViolation::columnNumber)
				.as(charset.name())
				.containsExactly(tuple(4, 48));
		}
	}

	@Test
	void brokenXmlNamesTheLineAndColumnWhereReadingStopped() {
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:process id="p">
				    <bpmn:task id="T" name="unclosed>
				  </bpmn:process>
				</bpmn:definitions>
				""";
		PolicyViolation broken = policy.check(Map.of("m.bpmn", model.getBytes(UTF_8))).get(0);
		assertThat(broken.rule()).isEqualTo("xml.malformed");
		assertThat(broken.elementId()).isNull();
		assertThat(broken.lineNumber()).isEqualTo(4);
		assertThat(broken.columnNumber()).isPositive();
		assertThat(broken.arguments().get(0)).startsWith("line 4: ");
	}

	@Test
	void aDoctypeAndAnXIncludeAreRefusedWhereTheyStand() {
		// given a DOCTYPE on line 2, and an XInclude on line 4 of a BPMN and of a DMN
		// file
		String doctype = """
				<?xml version="1.0"?>
				<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="&secret;"/></bpmn:definitions>
				""";
		String xinclude = """
				<?xml version="1.0"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xi="http://www.w3.org/2001/XInclude">
				  <bpmn:process id="p">
				    <bpmn:documentation><xi:include href="file:///etc/passwd" parse="text"/></bpmn:documentation>
				  </bpmn:process>
				</bpmn:definitions>
				""";
		String dmn = HostileModels.decision("")
			.replace("<decision ",
					"<include xmlns=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" />\n  <decision ");
		// when the policy reads them, then each is refused at its place, before anything
		// is read from elsewhere
		assertThat(policy.check(Map.of("d.bpmn", doctype.getBytes(UTF_8))))
			.extracting(PolicyViolation::rule, PolicyViolation::lineNumber, PolicyViolation::columnNumber)
			.containsExactly(tuple("xml.doctype", 2, 1));
		assertThat(policy.check(Map.of("x.bpmn", xinclude.getBytes(UTF_8))))
			.extracting(PolicyViolation::elementId, PolicyViolation::rule, PolicyViolation::lineNumber,
					PolicyViolation::columnNumber)
			.containsExactly(tuple(null, "xml.xinclude", 4, 25));
		assertThat(policy.check(Map.of("x_dmn", dmn.getBytes(UTF_8))))
			.extracting(PolicyViolation::rule, PolicyViolation::lineNumber)
			.containsExactly(tuple("xml.xinclude", 3));
	}

	@Test
	void aFileTooLargeToReadHasNoPosition() {
		String padding = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
				+ " ".repeat(ResourceLimits.MAX_BYTES) + "</bpmn:definitions>";
		assertThat(policy.check(Map.of("m.bpmn", padding.getBytes(UTF_8))))
			.extracting(PolicyViolation::rule, PolicyViolation::lineNumber, PolicyViolation::columnNumber)
			.containsExactly(tuple("size.bytes", null, null));
	}

	private static byte[] withByteOrderMark(byte[] bytes) {
		byte[] marked = new byte[bytes.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, marked, 3, bytes.length);
		return marked;
	}

}
