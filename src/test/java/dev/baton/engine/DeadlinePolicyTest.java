package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The safety policy reads every step's deadline ({@code baton.deadline.*}) as the engine
 * will, and names each step and setting it cannot use in the designer's language.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlinePolicyTest {

	@Test
	void each_unusable_deadline_is_named_by_step_and_setting_in_chinese_and_english() {
		// given four steps with a bad due time, a bad choice, hours out of range, and a
		// reminder without a due time, and one good step
		List<PolicyViolation> violations = check(step("Task_BadDue", "due", "3 weeks")
				+ step("Task_BadEscalation", "due", "1d", "escalate", "fire-them")
				+ step("Task_TooLate", "due", "8h", "remind-before", "1000") + step("Task_NoDue", "remind-before", "2")
				+ step("Task_Good", "due", "2d", "remind-before", "4", "remind-overdue", "repeat", "remind-every", "8",
						"escalate", "transfer-to-manager", "escalate-after", "24"));
		// then each bad step is named once, the good one not at all
		assertThat(violations).extracting(PolicyViolation::elementId)
			.containsExactlyInAnyOrder("Task_BadDue", "Task_BadEscalation", "Task_TooLate", "Task_NoDue");
		// and the messages say what is wrong in both languages
		assertThat(chinese(violations, "Task_BadDue"))
			.isEqualTo("无法读取处理期限“3 weeks”：请填写工作小时（如 8h，1 到 720）或工作日（如 3d，1 到 365）。");
		assertThat(chinese(violations, "Task_BadEscalation")).contains("baton.deadline.escalate", "fire-them",
				"transfer-to-manager");
		assertThat(chinese(violations, "Task_TooLate"))
			.isEqualTo("期限设置 baton.deadline.remind-before 的值“1000”无效：请填写 1 到 720 之间的整数小时。");
		assertThat(chinese(violations, "Task_NoDue")).contains("baton.deadline.due");
		assertThat(violations).filteredOn(violation -> violation.elementId().equals("Task_TooLate"))
			.singleElement()
			.satisfies(violation -> assertThat(violation.detail()).isEqualTo(
					"The deadline setting baton.deadline.remind-before has the value \"1000\": give whole hours from 1 to 720."));
	}

	@Test
	void a_step_without_a_deadline_and_a_full_deadline_are_read_as_written() {
		assertThat(StepDeadline.fromProperties(Map.of("baton.approver", "manager"))).isNull();
		assertThat(StepDeadline.fromProperties(Map.of("baton.deadline.due", " 3D ", "baton.deadline.remind-overdue",
				"once", "baton.deadline.escalate", "approve")))
			.isEqualTo(new StepDeadline(3, StepDeadline.Unit.WORKING_DAYS, null, StepDeadline.OverdueReminder.ONCE,
					null, StepDeadline.Escalation.APPROVE, 0));
	}

	private static String chinese(List<PolicyViolation> violations, String elementId) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/engine");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		PolicyViolation violation = violations.stream()
			.filter(found -> found.elementId().equals(elementId))
			.findFirst()
			.orElseThrow();
		return messages.getMessage(violation.messageKey(), violation.arguments().toArray(), Locale.SIMPLIFIED_CHINESE);
	}

	private static List<PolicyViolation> check(String steps) {
		return new ModelPolicy(Set.of()).check(Map.of("m.bpmn", """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
				  <bpmn:process id="p">%s</bpmn:process>
				</bpmn:definitions>""".formatted(steps).getBytes(StandardCharsets.UTF_8)));
	}

	private static String step(String id, String... settings) {
		StringBuilder properties = new StringBuilder();
		for (int i = 0; i < settings.length; i += 2) {
			properties.append("<camunda:property name=\"baton.deadline.%s\" value=\"%s\"/>".formatted(settings[i],
					settings[i + 1]));
		}
		return """
				<bpmn:userTask id="%s" name="审批">
				  <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
				</bpmn:userTask>""".formatted(id, properties);
	}

}
