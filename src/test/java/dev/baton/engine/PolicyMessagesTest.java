package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Designers read a refusal in their language: every rule has an English and a Chinese
 * message.
 */
class PolicyMessagesTest {

	@Test
	void everyRuleHasAMessageInBothBundlesAndTheBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("i18n/engine.properties");
		Properties chinese = load("i18n/engine_zh_CN.properties");
		assertThat(chinese.keySet()).isEqualTo(english.keySet());
		assertThat(english.keySet())
			.containsAll(Arrays.stream(PolicyRule.values()).map(PolicyRule::messageKey).toList());
	}

	@Test
	void aViolationReadsWellInChineseAndEnglish() {
		// given a refused timer, as the policy reports it
		List<PolicyViolation> violations = new ModelPolicy(Set.of()).check(Map.of("m.bpmn", """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
				  <bpmn:process id="p"><bpmn:startEvent id="Timer_Fast"><bpmn:timerEventDefinition>
				    <bpmn:timeCycle>R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent></bpmn:process>
				</bpmn:definitions>""".getBytes(StandardCharsets.UTF_8)));
		PolicyViolation violation = violations.get(0);
		// when Baton's messages translate it
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/engine");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Object[] arguments = violation.arguments().toArray();
		// then both languages name the cycle and the limit, and English matches the
		// detail
		assertThat(messages.getMessage(violation.messageKey(), arguments, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("定时器周期 R/PT1S 的触发间隔短于 5 分钟。");
		assertThat(messages.getMessage(violation.messageKey(), arguments, Locale.US)).isEqualTo(violation.detail())
			.isEqualTo("The timer cycle R/PT1S fires more often than every 5 minutes.");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PolicyMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
