package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import dev.baton.directory.ApproverResolution.Outcome;
import dev.baton.support.BatonTest;

@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoOrganisationTest {

	private static final List<String> DEMO_LOGINS = List.of("zhouming", "lina", "zhangwei", "liuyang", "wangfang",
			"zhaolei", "chenjie", "gaojian", "yangxue", "huangqiang", "wujing", "sunli", "zhouting", "xuhao", "admin",
			"designer", "qianjun");

	@Autowired
	DemoOrganisation demo;

	@Autowired
	PersonRepository people;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	RoleRepository roles;

	@Autowired
	Directory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	ApproverResolver approvers;

	@Test
	void the_demo_organisation_is_seeded_once_however_often_the_seeder_runs() {
		// given the application started and seeded once
		List<Long> before = counts();
		// when
		demo.run(new DefaultApplicationArguments());
		boolean seededAgain = demo.seedIfEmpty();
		// then
		assertThat(seededAgain).isFalse();
		assertThat(counts()).isEqualTo(before);
		assertThat(directory.people(DEMO_LOGINS)).hasSize(17);
		assertThat(directory.departments()).hasSize(7);
		assertThat(directory.roles()).hasSize(8);
	}

	@Test
	void the_directory_knows_the_demo_people() {
		// when
		Person zhangwei = directory.person("zhangwei").orElseThrow();
		// then
		assertThat(zhangwei).isEqualTo(new Person("zhangwei", "张伟", "zhangwei@demo.baton.dev", zhangwei.phone(),
				"sales", "lina", true, java.util.Set.of(SystemRole.EMPLOYEE), java.util.Set.of()));
		assertThat(zhangwei.phone()).matches("138\\d{8}");
		assertThat(directory.person("admin").orElseThrow().systemRoles()).containsExactlyInAnyOrder(SystemRole.EMPLOYEE,
				SystemRole.ADMIN);
		assertThat(directory.person("qianjun").orElseThrow().active()).isFalse();
		assertThat(directory.people(List.of("wangfang", "nobody", "lina"))).extracting(Person::id)
			.containsExactly("wangfang", "lina");
	}

	@Test
	void the_directory_knows_the_demo_departments_and_roles() {
		// when
		List<Department> all = directory.departments();
		// then
		assertThat(all).extracting(Department::id)
			.containsExactly("gm", "sales", "delivery", "finance", "procurement", "hr", "it");
		assertThat(directory.department("finance"))
			.contains(new Department("finance", "财务部", "Finance", "gm", "wangfang"));
		assertThat(directory.department("gm").orElseThrow().parentId()).isNull();
		assertThat(directory.roles()).extracting(Role::id)
			.containsExactly("accountant", "delivery-manager", "department-head", "finance-manager", "general-manager",
					"hr-specialist", "it-admin", "purchaser");
	}

	@Test
	void role_holders_and_department_members_are_the_active_ones() {
		// when
		List<Person> purchasers = directory.holdersOf("purchaser");
		List<Person> sales = directory.activeMembers("sales");
		// then
		assertThat(purchasers).extracting(Person::id).containsExactly("huangqiang", "wujing");
		assertThat(sales).extracting(Person::id).containsExactly("lina", "liuyang", "zhangwei");
		assertThat(directory.holdersOf("department-head")).extracting(Person::id)
			.containsExactlyInAnyOrder("zhouming", "lina", "wangfang", "chenjie", "huangqiang", "sunli", "xuhao");
	}

	@Test
	void search_finds_people_by_pinyin_login_chinese_name_and_email() {
		// when
		List<Person> byPinyin = directory.search("zhang", 10);
		List<Person> byName = directory.search("王芳", 10);
		List<Person> byEmail = directory.search("XUHAO@demo", 10);
		// then
		assertThat(byPinyin).extracting(Person::id).containsExactly("zhangwei");
		assertThat(byName).extracting(Person::id).containsExactly("wangfang");
		assertThat(byEmail).extracting(Person::id).containsExactly("xuhao");
		assertThat(directory.search("zhou", 10)).extracting(Person::id).containsExactly("zhouming", "zhouting");
		assertThat(directory.search("%", 10)).isEmpty();
		assertThat(directory.search("a", 2)).hasSize(2);
	}

	@Test
	void the_engine_groups_of_a_person_are_their_department_and_roles() {
		// when
		List<String> groups = directory.groupIdsOf("wangfang");
		// then
		assertThat(groups).containsExactly("finance", "department-head", "finance-manager");
		assertThat(directory.groupIdsOf("qianjun")).isEmpty();
		assertThat(directory.groupIdsOf("nobody")).isEmpty();
	}

	@Test
	void every_demo_account_logs_in_with_the_password_demo() {
		// when
		LoginAccount account = accounts.findByLogin("  ZhangWei ").orElseThrow();
		// then
		assertThat(account.userId()).isEqualTo("zhangwei");
		assertThat(account.active()).isTrue();
		assertThat(new BCryptPasswordEncoder().matches("demo", account.passwordHash())).isTrue();
		// (other tests add people with passwords of their own to the shared database)
		assertThat(people.findAllById(DEMO_LOGINS)).hasSize(DEMO_LOGINS.size())
			.allSatisfy(person -> assertThat(person.passwordHash()).isEqualTo(account.passwordHash()));
		assertThat(accounts.findByLogin("qianjun").orElseThrow().active()).isFalse();
		assertThat(accounts.findByLogin("nobody")).isEmpty();
		assertThat(accounts.findByLogin(" ")).isEmpty();
	}

	@Test
	void approver_rules_resolve_on_the_demo_organisation() {
		// given
		ApprovalContext zhangwei = new ApprovalContext("zhangwei", Map.of(), List.of());
		// when
		ApproverResolution manager = approvers.resolve(rule("baton.approver", "manager"), zhangwei);
		ApproverResolution chain = approvers
			.resolve(rule("baton.approver", "manager-chain", "baton.until-role", "general-manager"), zhangwei);
		ApproverResolution finance = approvers.resolve(rule("baton.approver", "role", "baton.role", "finance-manager"),
				zhangwei);
		ApproverResolution nobody = approvers.resolve(rule("baton.approver", "role", "baton.role", "no-such-role"),
				zhangwei);
		// then
		assertThat(manager.approvers()).containsExactly("lina");
		assertThat(chain.approvers()).containsExactly("lina", "zhouming");
		assertThat(finance.approvers()).containsExactly("wangfang");
		assertThat(nobody.outcome()).isEqualTo(Outcome.ASSIGN);
		assertThat(nobody.approvers()).containsExactly("admin");
	}

	private List<Long> counts() {
		return List.of(people.count(), departments.count(), roles.count());
	}

	private static ApproverRule rule(String... keysAndValues) {
		Map<String, String> props = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			props.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return ApproverRule.fromProperties(props);
	}

}
