package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.baton.directory.ApproverRule.IfInitiator;
import dev.baton.directory.ApproverRule.IfNone;
import dev.baton.directory.ApproverRule.IfRepeated;
import dev.baton.directory.ApproverRule.Kind;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApproverRuleTest {

	@Test
	void a_bare_manager_rule_gets_the_defaults() {
		// given
		Map<String, String> props = Map.of("baton.approver", "manager");
		// when
		ApproverRule rule = ApproverRule.fromProperties(props);
		// then
		assertThat(rule.kind()).isEqualTo(Kind.MANAGER);
		assertThat(rule.level()).isEqualTo(1);
		assertThat(rule.ifNone()).isEqualTo(IfNone.ADMIN);
		assertThat(rule.ifInitiator()).isEqualTo(IfInitiator.MANAGER);
		assertThat(rule.ifRepeated()).isEqualTo(IfRepeated.AUTO_APPROVE);
	}

	@Test
	void every_property_is_read_with_values_trimmed_and_case_ignored() {
		// given
		Map<String, String> props = props("baton.approver", " Manager-Chain ", "baton.level", " 3 ", "baton.until-role",
				" general-manager ", "baton.if-none", "FAIL", "baton.if-initiator", "allow", "baton.if-repeated",
				"approve-again", "camunda.other", "ignored");
		// when
		ApproverRule rule = ApproverRule.fromProperties(props);
		// then
		assertThat(rule).isEqualTo(new ApproverRule(Kind.MANAGER_CHAIN, List.of(), null, 3, "general-manager", null,
				null, IfNone.FAIL, IfInitiator.ALLOW, IfRepeated.APPROVE_AGAIN));
	}

	@Test
	void users_are_split_on_commas_trimmed_and_each_kept_once() {
		// given
		Map<String, String> props = props("baton.approver", "users", "baton.users", " lina, wangfang,,lina ");
		// when
		ApproverRule rule = ApproverRule.fromProperties(props);
		// then
		assertThat(rule.users()).containsExactly("lina", "wangfang");
	}

	@Test
	void a_rule_written_as_properties_reads_back_as_the_same_rule() {
		// given
		List<Map<String, String>> rules = List.of(props("baton.approver", "users", "baton.users", "lina,wangfang"),
				props("baton.approver", "role", "baton.role", "finance-manager", "baton.if-none", "fail"),
				props("baton.approver", "department-role", "baton.role", "purchaser"),
				props("baton.approver", "manager", "baton.level", "2"),
				props("baton.approver", "department-head", "baton.if-initiator", "skip"),
				props("baton.approver", "form-department-head", "baton.field", "department"),
				props("baton.approver", "manager-chain", "baton.level", "3", "baton.until-role", "general-manager"),
				props("baton.approver", "form-user", "baton.field", "approver", "baton.if-repeated", "approve-again"));
		for (Map<String, String> props : rules) {
			ApproverRule rule = ApproverRule.fromProperties(props);
			// when
			ApproverRule again = ApproverRule.fromProperties(rule.toProperties());
			// then
			assertThat(again).isEqualTo(rule);
			assertThat(rule.toProperties()).containsAllEntriesOf(props);
		}
	}

	@Test
	void properties_without_an_approver_declare_no_rule() {
		// given
		Map<String, String> props = Map.of("camunda.other", "x");
		// when
		boolean declared = ApproverRule.isDeclaredIn(props);
		// then
		assertThat(declared).isFalse();
		assertThat(ApproverRule.isDeclaredIn(Map.of("baton.approver", "manager"))).isTrue();
	}

	@Test
	void the_steps_deadline_settings_beside_the_rule_are_not_part_of_it() {
		// given a manager rule and a deadline on the same step
		Map<String, String> props = Map.of("baton.approver", "manager", "baton.deadline.due", "3d",
				"baton.deadline.escalate", "transfer-to-manager");
		// when the rule is read
		ApproverRule rule = ApproverRule.fromProperties(props);
		// then it is the bare manager rule
		assertThat(rule).isEqualTo(ApproverRule.fromProperties(Map.of("baton.approver", "manager")));
	}

	@Test
	void a_missing_approver_is_an_error_naming_it() {
		assertRejected(props("baton.role", "finance-manager"), "baton.approver", null, "'baton.approver' is missing");
	}

	@Test
	void an_unknown_approver_kind_is_an_error_listing_the_kinds() {
		assertRejected(props("baton.approver", "boss"), "baton.approver", "boss", "'boss'", "manager-chain");
	}

	@Test
	void an_unknown_baton_property_is_an_error_naming_it() {
		assertRejected(props("baton.approver", "manager", "baton.levle", "2"), "baton.levle", "2",
				"Unknown property 'baton.levle'");
	}

	@Test
	void a_property_that_does_not_apply_to_the_kind_is_an_error() {
		assertRejected(props("baton.approver", "manager", "baton.role", "finance-manager"), "baton.role",
				"finance-manager", "does not apply to approver 'manager'");
	}

	@Test
	void a_fixed_department_applies_to_department_head_and_department_role_only() {
		// given / when
		ApproverRule head = ApproverRule
			.fromProperties(props("baton.approver", "department-head", "baton.department", " finance "));
		ApproverRule role = ApproverRule.fromProperties(
				props("baton.approver", "department-role", "baton.role", "accountant", "baton.department", "finance"));
		// then
		assertThat(head.department()).isEqualTo("finance");
		assertThat(ApproverRule.fromProperties(head.toProperties())).isEqualTo(head);
		assertThat(role.department()).isEqualTo("finance");
		assertRejected(props("baton.approver", "manager", "baton.department", "finance"), "baton.department", "finance",
				"does not apply to approver 'manager'");
	}

	@Test
	void users_without_a_list_of_users_is_an_error() {
		assertRejected(props("baton.approver", "users"), "baton.users", null, "'baton.users' is missing");
		assertRejected(props("baton.approver", "users", "baton.users", " , "), "baton.users", " , ",
				"comma-separated list of user ids");
	}

	@Test
	void role_kinds_without_a_role_are_an_error() {
		assertRejected(props("baton.approver", "role"), "baton.role", null, "'baton.role' is missing");
		assertRejected(props("baton.approver", "department-role", "baton.role", " "), "baton.role", " ", "not blank");
	}

	@Test
	void form_kinds_without_a_field_are_an_error() {
		assertRejected(props("baton.approver", "form-user"), "baton.field", null, "'baton.field' is missing");
		assertRejected(props("baton.approver", "form-department-head"), "baton.field", null,
				"'baton.field' is missing");
	}

	@Test
	void a_level_that_is_not_a_whole_number_is_an_error() {
		assertRejected(props("baton.approver", "manager", "baton.level", "two"), "baton.level", "two",
				"whole number from 1 to 10");
		assertRejected(props("baton.approver", "manager", "baton.level", "1.5"), "baton.level", "1.5",
				"whole number from 1 to 10");
	}

	@Test
	void a_level_below_one_or_above_ten_is_an_error() {
		assertRejected(props("baton.approver", "manager", "baton.level", "0"), "baton.level", "0", "from 1 to 10");
		assertRejected(props("baton.approver", "manager-chain", "baton.level", "11"), "baton.level", "11",
				"from 1 to 10");
	}

	@Test
	void a_manager_chain_without_level_or_until_role_is_an_error() {
		assertRejected(props("baton.approver", "manager-chain"), "baton.level", null, "'baton.until-role'");
	}

	@Test
	void bad_if_values_are_errors_listing_the_choices() {
		assertRejected(props("baton.approver", "manager", "baton.if-none", "ignore"), "baton.if-none", "ignore",
				"skip, admin, fail");
		assertRejected(props("baton.approver", "manager", "baton.if-initiator", "no"), "baton.if-initiator", "no",
				"skip, manager, allow");
		assertRejected(props("baton.approver", "manager", "baton.if-repeated", "yes"), "baton.if-repeated", "yes",
				"auto-approve, approve-again");
	}

	@Test
	void a_rule_built_in_code_is_checked_like_properties() {
		// given
		Kind kind = Kind.ROLE;
		// when
		ApproverRuleException error = catchThrowableOfType(ApproverRuleException.class, () -> new ApproverRule(kind,
				List.of("lina"), "finance-manager", 0, null, null, null, null, null, null));
		// then
		assertThat(error.property()).isEqualTo("baton.users");
	}

	// helpers
	// ////////////////////////////////////////////////////////////////////////////////////

	private static Map<String, String> props(String... keysAndValues) {
		Map<String, String> props = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return props;
	}

	private static void assertRejected(Map<String, String> props, String property, String value,
			String... messageParts) {
		// when
		ApproverRuleException error = catchThrowableOfType(ApproverRuleException.class,
				() -> ApproverRule.fromProperties(props));
		// then
		assertThat(error).as("rule %s should be rejected", props).isNotNull();
		assertThat(error.property()).isEqualTo(property);
		assertThat(error.value()).isEqualTo(value);
		assertThat(error.getMessage()).contains(property).contains(messageParts);
	}

}
