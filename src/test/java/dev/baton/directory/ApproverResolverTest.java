package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.baton.directory.ApproverResolution.Outcome;

/**
 * Approver resolution on a small organisation: <pre>
 * hq (head boss)
 * ├── sales (head sam)
 * │   └── sales-east (no head)
 * ├── finance (head fiona)
 * └── lab (no head)
 * </pre>
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApproverResolverTest {

	private final InMemoryOrg org = new InMemoryOrg().department("hq", null, "boss")
		.department("sales", "hq", "sam")
		.department("sales-east", "sales", null)
		.department("finance", "hq", "fiona")
		.department("lab", "hq", null)
		.person("boss", "hq", null, "general-manager", "department-head")
		.person("sam", "sales", "boss", "department-head", "sales-director")
		.person("tom", "sales", "sam", "clerk")
		.person("emma", "sales-east", null)
		.formerEmployee("olga", "sales", "sam", "finance-manager")
		.person("dan", "sales", "olga")
		.person("fiona", "finance", null, "finance-manager", "department-head")
		.person("fred", "finance", "fiona", "clerk")
		.person("nora", "finance", null)
		.person("ian", "lab", null)
		.administrator("admin", "hq", "boss");

	private final ApproverResolver resolver = new RuleBasedApproverResolver(org);

	@Nested
	class Users {

		@Test
		void the_listed_users_approve_in_the_order_given() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "fred, sam");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "fred", "sam");
		}

		@Test
		void listed_users_who_left_or_do_not_exist_are_left_out() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "olga,nobody,fred");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "fred");
		}

		@Test
		void listed_users_who_are_all_gone_are_nobody_and_the_reason_says_why() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "olga,nobody", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("'olga' is not active", "'nobody' is not in the directory");
		}

	}

	@Nested
	class Role {

		@Test
		void every_active_holder_of_the_role_approves_and_former_holders_do_not() {
			// given olga held finance-manager but has left
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "finance-manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "fiona");
		}

		@Test
		void a_role_nobody_holds_goes_to_the_administrators_by_default() {
			// given
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "auditor");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "admin");
			assertThat(resolution.reason()).contains("No active holder of role 'auditor'", "administrators");
		}

	}

	@Nested
	class Department_role {

		@Test
		void holders_in_the_initiators_own_department_approve() {
			// given
			ApproverRule rule = rule("baton.approver", "department-role", "baton.role", "clerk");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("nora"));
			// then
			assertAssigned(resolution, "fred");
		}

		@Test
		void without_a_holder_in_the_own_department_the_departments_above_are_searched() {
			// given emma's sales-east has no clerk, its parent sales has tom
			ApproverRule rule = rule("baton.approver", "department-role", "baton.role", "clerk");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("emma"));
			// then
			assertAssigned(resolution, "tom");
		}

		@Test
		void a_department_line_without_any_holder_finds_nobody() {
			// given neither lab nor hq has a clerk
			ApproverRule rule = rule("baton.approver", "department-role", "baton.role", "clerk", "baton.if-none",
					"fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("ian"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("No active holder of role 'clerk' in department 'lab'");
		}

		@Test
		void a_fixed_department_is_searched_instead_of_the_initiators() {
			// given tom is in sales, but the rule names finance
			ApproverRule rule = rule("baton.approver", "department-role", "baton.role", "clerk", "baton.department",
					"finance");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "fred");
		}

		@Test
		void an_unknown_fixed_department_finds_nobody_and_says_so() {
			// given
			ApproverRule rule = rule("baton.approver", "department-role", "baton.role", "clerk", "baton.department",
					"marketing", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("There is no department 'marketing'");
		}

	}

	@Nested
	class Manager {

		@Test
		void the_direct_manager_is_the_persons_recorded_manager() {
			// given
			ApproverRule rule = rule("baton.approver", "manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam");
		}

		@Test
		void level_two_is_the_managers_manager() {
			// given
			ApproverRule rule = rule("baton.approver", "manager", "baton.level", "2");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "boss");
		}

		@Test
		void without_a_recorded_manager_the_department_head_is_the_manager() {
			// given nora has no manager; finance's head is fiona
			ApproverRule rule = rule("baton.approver", "manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("nora"));
			// then
			assertAssigned(resolution, "fiona");
		}

		@Test
		void a_department_head_without_a_recorded_manager_reports_to_the_head_of_the_parent_department() {
			// given
			ApproverRule rule = rule("baton.approver", "manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertAssigned(resolution, "boss");
		}

		@Test
		void a_department_without_a_head_falls_back_to_the_nearest_head_above() {
			// given sales-east and lab have no head
			ApproverRule rule = rule("baton.approver", "manager");
			// when
			ApproverResolution emmas = resolver.resolve(rule, by("emma"));
			ApproverResolution ians = resolver.resolve(rule, by("ian"));
			// then
			assertAssigned(emmas, "sam");
			assertAssigned(ians, "boss");
		}

		@Test
		void the_top_of_the_organisation_has_no_manager() {
			// given
			ApproverRule rule = rule("baton.approver", "manager", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("boss"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("The initiator 'boss' has no manager");
		}

		@Test
		void a_level_above_the_top_of_the_organisation_finds_nobody() {
			// given tom -> sam -> boss -> (top)
			ApproverRule rule = rule("baton.approver", "manager", "baton.level", "3", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("no manager at level 3", "ends at 'boss'");
		}

		@Test
		void a_manager_who_has_left_does_not_approve() {
			// given dan's manager olga has left
			ApproverRule rule = rule("baton.approver", "manager", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("dan"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("'olga' is not active");
		}

		@Test
		void an_initiator_unknown_to_the_directory_has_no_manager() {
			// given
			ApproverRule rule = rule("baton.approver", "manager", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("stranger"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("'stranger' is not in the directory");
		}

	}

	@Nested
	class Department_head {

		@Test
		void the_head_of_the_initiators_department_approves() {
			// given
			ApproverRule rule = rule("baton.approver", "department-head");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam");
		}

		@Test
		void a_head_who_initiates_goes_to_the_head_of_the_parent_department() {
			// given
			ApproverRule rule = rule("baton.approver", "department-head");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("sam"));
			// then
			assertAssigned(resolution, "boss");
		}

		@Test
		void a_department_without_a_head_uses_the_nearest_head_above() {
			// given
			ApproverRule rule = rule("baton.approver", "department-head");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("emma"));
			// then
			assertAssigned(resolution, "sam");
		}

		@Test
		void the_head_of_a_fixed_department_approves_whoever_initiates() {
			// given
			ApproverRule rule = rule("baton.approver", "department-head", "baton.department", "finance");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "fiona");
		}

		@Test
		void a_fixed_department_without_a_head_uses_the_nearest_head_above() {
			// given lab has no head; hq's head is boss
			ApproverRule rule = rule("baton.approver", "department-head", "baton.department", "lab");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "boss");
		}

	}

	@Nested
	class Form_department_head {

		private final ApproverRule rule = rule("baton.approver", "form-department-head", "baton.field", "dept",
				"baton.if-none", "fail");

		@Test
		void the_head_of_the_department_chosen_in_the_form_approves() {
			// given
			ApprovalContext context = by("tom", Map.of("dept", "finance"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertAssigned(resolution, "fiona");
		}

		@Test
		void a_chosen_department_without_a_head_uses_the_nearest_head_above() {
			// given
			ApprovalContext context = by("tom", Map.of("dept", "lab"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertAssigned(resolution, "boss");
		}

		@Test
		void a_missing_field_finds_nobody() {
			// given
			ApprovalContext context = by("tom", Map.of());
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("Form field 'dept' is missing");
		}

		@Test
		void a_blank_field_finds_nobody() {
			// given
			ApprovalContext context = by("tom", Map.of("dept", "  "));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("Form field 'dept' is blank");
		}

		@Test
		void an_unknown_department_finds_nobody() {
			// given
			ApprovalContext context = by("tom", Map.of("dept", "marketing"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("unknown department 'marketing'");
		}

	}

	@Nested
	class Manager_chain {

		@Test
		void a_chain_up_to_a_level_holds_one_manager_per_level_in_order() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "2");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam", "boss");
		}

		@Test
		void a_chain_up_to_a_role_ends_with_the_first_manager_holding_it() {
			// given sam holds sales-director, boss holds general-manager
			ApproverRule toDirector = rule("baton.approver", "manager-chain", "baton.until-role", "sales-director");
			ApproverRule toGeneralManager = rule("baton.approver", "manager-chain", "baton.until-role",
					"general-manager");
			// when
			ApproverResolution director = resolver.resolve(toDirector, by("tom"));
			ApproverResolution generalManager = resolver.resolve(toGeneralManager, by("emma"));
			// then
			assertAssigned(director, "sam");
			assertAssigned(generalManager, "sam", "boss");
		}

		@Test
		void a_chain_with_a_level_and_a_role_stops_at_whichever_comes_first() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "1", "baton.until-role",
					"general-manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam");
		}

		@Test
		void a_chain_that_runs_out_at_the_top_is_just_shorter() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "5");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam", "boss");
		}

		@Test
		void a_chain_up_to_a_role_nobody_holds_runs_to_the_top() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.until-role", "chairman");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "sam", "boss");
		}

		@Test
		void managers_who_have_left_are_left_out_of_the_chain() {
			// given dan -> olga (left) -> sam -> boss
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "3");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("dan"));
			// then
			assertAssigned(resolution, "sam", "boss");
		}

		@Test
		void the_top_of_the_organisation_has_no_chain() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "2", "baton.if-none", "skip");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("boss"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.SKIP);
			assertThat(resolution.reason()).contains("The initiator 'boss' has no manager");
		}

	}

	@Nested
	class Form_user {

		private final ApproverRule rule = rule("baton.approver", "form-user", "baton.field", "approver",
				"baton.if-none", "fail");

		@Test
		void the_user_chosen_in_the_form_approves() {
			// given
			ApprovalContext context = by("tom", Map.of("approver", "fred"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertAssigned(resolution, "fred");
		}

		@Test
		void a_list_of_users_approves_in_order_and_each_person_once() {
			// given
			ApprovalContext context = by("tom", Map.of("approver", List.of("fred", "nora", "fred")));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertAssigned(resolution, "fred", "nora");
		}

		@Test
		void comma_separated_text_is_a_list_of_users() {
			// given
			ApprovalContext context = by("tom", Map.of("approver", "nora, fred"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertAssigned(resolution, "nora", "fred");
		}

		@Test
		void a_missing_field_finds_nobody() {
			// given
			Map<String, Object> variables = new HashMap<>();
			variables.put("approver", null);
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom", variables));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("Form field 'approver' is missing");
		}

		@Test
		void a_blank_field_finds_nobody() {
			// given
			ApprovalContext context = by("tom", Map.of("approver", " "));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("Form field 'approver' is blank");
		}

		@Test
		void an_unknown_user_finds_nobody() {
			// given
			ApprovalContext context = by("tom", Map.of("approver", "nobody"));
			// when
			ApproverResolution resolution = resolver.resolve(rule, context);
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("'nobody' is not in the directory");
		}

	}

	@Nested
	class If_none {

		private final Map<String, String> nobody = Map.of("baton.approver", "role", "baton.role", "auditor");

		@Test
		void skip_passes_over_the_step() {
			// given
			ApproverRule rule = rule(nobody, "baton.if-none", "skip");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.SKIP);
			assertThat(resolution.approvers()).isEmpty();
			assertThat(resolution.reason()).contains("No active holder of role 'auditor'", "skipped");
		}

		@Test
		void admin_assigns_every_active_administrator() {
			// given
			ApproverRule rule = rule(nobody, "baton.if-none", "admin");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertAssigned(resolution, "admin");
			assertThat(resolution.reason()).contains("No active holder of role 'auditor'", "if-none=admin");
		}

		@Test
		void admin_without_any_administrator_fails() {
			// given
			InMemoryOrg withoutAdmins = new InMemoryOrg().department("hq", null, "boss").person("boss", "hq", null);
			ApproverRule rule = rule(nobody, "baton.if-none", "admin");
			// when
			ApproverResolution resolution = new RuleBasedApproverResolver(withoutAdmins).resolve(rule, by("boss"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("no active administrator");
		}

		@Test
		void fail_stops_with_a_reason_naming_the_rule() {
			// given
			ApproverRule rule = rule(nobody, "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.approvers()).isEmpty();
			assertThat(resolution.reason()).contains("No active holder of role 'auditor'", "baton.approver=role");
		}

	}

	@Nested
	class If_initiator {

		@Test
		void skip_leaves_the_initiator_out() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "fiona,fred", "baton.if-initiator",
					"skip");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertAssigned(resolution, "fred");
		}

		@Test
		void skip_when_the_initiator_is_the_only_approver_skips_the_step() {
			// given
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "finance-manager", "baton.if-initiator",
					"skip", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.SKIP);
			assertThat(resolution.reason()).contains("is the initiator 'fiona'", "if-initiator=skip");
		}

		@Test
		void manager_replaces_the_initiator_with_their_manager_by_default() {
			// given
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "finance-manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertAssigned(resolution, "boss");
			assertThat(resolution.reason()).contains("replaced by their manager 'boss'");
		}

		@Test
		void manager_does_not_add_a_manager_who_already_approves() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "fiona,boss");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertAssigned(resolution, "boss");
		}

		@Test
		void manager_for_an_initiator_without_a_manager_finds_nobody() {
			// given
			ApproverRule rule = rule("baton.approver", "users", "baton.users", "boss", "baton.if-none", "fail");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("boss"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(resolution.reason()).contains("is the initiator 'boss'", "no active manager");
		}

		@Test
		void allow_lets_the_initiator_approve_their_own_request() {
			// given
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "finance-manager", "baton.if-initiator",
					"allow");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona"));
			// then
			assertAssigned(resolution, "fiona");
		}

	}

	@Nested
	class If_repeated {

		@Test
		void an_approver_of_the_previous_step_is_approved_automatically() {
			// given sam approved the step before
			ApproverRule rule = rule("baton.approver", "manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom", Map.of(), "sam"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.AUTO_APPROVED);
			assertThat(resolution.approvers()).isEmpty();
			assertThat(resolution.autoApproved()).containsExactly("sam");
		}

		@Test
		void only_the_repeated_approvers_are_approved_automatically_the_others_are_asked() {
			// given
			ApproverRule rule = rule("baton.approver", "manager-chain", "baton.level", "2");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom", Map.of(), "sam"));
			// then
			assertAssigned(resolution, "boss");
			assertThat(resolution.autoApproved()).containsExactly("sam");
		}

		@Test
		void in_a_step_any_one_approver_completes_one_automatic_approval_is_enough() {
			// given a step for any one of the clerks, and fred approved the step before
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "clerk");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("emma", Map.of(), "fred"),
					ApproverResolver.Quorum.ANY_ONE);
			// then fred's approval completes it: tom is not asked
			assertThat(resolution.outcome()).as(resolution.reason()).isEqualTo(Outcome.AUTO_APPROVED);
			assertThat(resolution.approvers()).isEmpty();
			assertThat(resolution.autoApproved()).containsExactly("fred");
			assertThat(resolution.reason()).contains("'tom' is not asked");
			// while a step everybody approves still asks tom
			assertAssigned(resolver.resolve(rule, by("emma", Map.of(), "fred"), ApproverResolver.Quorum.EVERY_ONE),
					"tom");
		}

		@Test
		void approve_again_asks_the_repeated_approver_again() {
			// given
			ApproverRule rule = rule("baton.approver", "manager", "baton.if-repeated", "approve-again");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("tom", Map.of(), "sam"));
			// then
			assertAssigned(resolution, "sam");
			assertThat(resolution.autoApproved()).isEmpty();
		}

		@Test
		void a_manager_standing_in_for_the_initiator_who_approved_before_is_approved_automatically() {
			// given fiona initiates, her manager boss approved the step before
			ApproverRule rule = rule("baton.approver", "role", "baton.role", "finance-manager");
			// when
			ApproverResolution resolution = resolver.resolve(rule, by("fiona", Map.of(), "boss"));
			// then
			assertThat(resolution.outcome()).isEqualTo(Outcome.AUTO_APPROVED);
			assertThat(resolution.autoApproved()).containsExactly("boss");
		}

	}

	// helpers
	// ////////////////////////////////////////////////////////////////////////////////////

	private static ApproverRule rule(String... keysAndValues) {
		return rule(Map.of(), keysAndValues);
	}

	private static ApproverRule rule(Map<String, String> base, String... keysAndValues) {
		Map<String, String> props = new LinkedHashMap<>(base);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return ApproverRule.fromProperties(props);
	}

	private static ApprovalContext by(String initiator) {
		return by(initiator, Map.of());
	}

	private static ApprovalContext by(String initiator, Map<String, Object> variables, String... previousApprovers) {
		return new ApprovalContext(initiator, variables, List.of(previousApprovers));
	}

	private static void assertAssigned(ApproverResolution resolution, String... approvers) {
		assertThat(resolution.outcome()).as(resolution.reason()).isEqualTo(Outcome.ASSIGN);
		assertThat(resolution.approvers()).as(resolution.reason()).containsExactly(approvers);
	}

}
