package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Conditions are read and evaluated like JUEL does, for the subset Baton allows, and
 * nothing else.
 */
class SafeExpressionTest {

	@Test
	void comparisonsArithmeticAndLogicEvaluateLikeJuel() {
		Map<String, Object> data = Map.of("total", 60000, "days", 3.5, "handoffDecision", "return", "urgent", true,
				"address", Map.of("city", "上海"));

		assertThat(test("${total > 50000}", data)).isTrue();
		assertThat(test("${total gt 60000}", data)).isFalse();
		assertThat(test("${days >= 3.5 && !urgent}", data)).isFalse();
		assertThat(test("${days * 2 == 7 or urgent}", data)).isTrue();
		assertThat(test("${handoffDecision == 'return'}", data)).isTrue();
		assertThat(test("${handoffDecision ne \"accept\"}", data)).isTrue();
		assertThat(test("${address.city == '上海'}", data)).isTrue();
		assertThat(test("${total - 10000 > 5000 * 10 - 1}", data)).isTrue();
		assertThat(test("${(total + 1) % 2 == 1}", data)).isTrue();
		assertThat(test("${not empty handoffDecision}", data)).isTrue();
		assertThat(test("${'5' > 3}", data)).isTrue();
		assertThat(test("${total > 5000 ? urgent : false}", data)).isTrue();
	}

	@Test
	void theVariablesItReadsAreListedOnceInOrder() {
		assertThat(SafeExpression.parse("${total > 5000 && (days < 3 || total > 9000) && address.city == 'x'}")
			.variables()).containsExactly("total", "days", "address");
	}

	@Test
	void aMissingVariableIsUnknownAsInTheEngineButANullValueIsFalse() {
		Map<String, Object> data = new HashMap<>();
		data.put("total", null);
		assertThat(test("${total > 5000}", data)).isFalse();
		assertThatThrownBy(() -> test("${amount > 5000}", data)).isInstanceOf(SafeExpression.UnknownVariable.class);
	}

	@Test
	void methodCallsFunctionsAndOtherTextAreRefused() {
		for (String refused : new String[] { "${items.size() > 0}", "${fn:length(x) > 1}",
				"${execution.getVariable('x')}", "total > 5", "${a} and ${b}", "${x = 1}", "${a instanceof b}",
				"${''.getClass()}", "#{t[0](1)}" }) {
			assertThatThrownBy(() -> SafeExpression.parse(refused)).as(refused)
				.isInstanceOf(SafeExpression.Unsupported.class);
		}
	}

	@Test
	void aConditionThatIsNotTrueOrFalseIsAnError() {
		assertThatThrownBy(() -> test("${total}", Map.of("total", 5)))
			.isInstanceOf(SafeExpression.EvaluationError.class);
		assertThatThrownBy(() -> test("${name > 5}", Map.of("name", "abc")))
			.isInstanceOf(SafeExpression.EvaluationError.class);
	}

	private static boolean test(String expression, Map<String, ?> data) {
		return SafeExpression.parse(expression).test(data);
	}

}
