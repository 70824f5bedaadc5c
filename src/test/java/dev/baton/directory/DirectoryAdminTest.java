package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.support.BatonTest;

/**
 * Changes to the organisation; every test rolls back, so the shared demo organisation
 * stays as it is.
 */
@BatonTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DirectoryAdminTest {

	@Autowired
	DirectoryAdmin admin;

	@Autowired
	Directory directory;

	@Autowired
	Accounts accounts;

	@Test
	void a_role_cannot_take_the_id_of_a_department() {
		assertThatThrownBy(() -> admin.createRole(new Role("sales", "销售", "Sales")))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'sales' is already the id of a department");
	}

	@Test
	void a_department_cannot_take_the_id_of_a_role() {
		assertThatThrownBy(() -> admin.createDepartment(new NewDepartment("purchaser", "采购", "Purchasing", "gm", 0)))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'purchaser' is already the id of a role");
	}

	@Test
	void ids_are_lower_case_slugs_and_unique() {
		assertThatThrownBy(() -> admin.createRole(new Role("Finance Lead", "财务主管", "Finance lead")))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("lower-case");
		assertThatThrownBy(() -> admin.createDepartment(new NewDepartment("sales", "销售部", "Sales", null, 0)))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void a_person_must_point_at_an_existing_department_manager_and_roles() {
		assertThatThrownBy(() -> admin.createPerson(person("newbie", "marketing", null, Set.of()), "pw"))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'marketing'");
		assertThatThrownBy(() -> admin.createPerson(person("newbie", "sales", "nobody", Set.of()), "pw"))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'nobody'");
		assertThatThrownBy(() -> admin.createPerson(person("newbie", "sales", "lina", Set.of("astronaut")), "pw"))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'astronaut'");
	}

	@Test
	void a_new_department_role_and_person_are_in_the_directory_at_once() {
		// when
		admin.createDepartment(new NewDepartment("marketing", "市场部", "Marketing", "gm", 70));
		admin.createRole(new Role("copywriter", "文案", "Copywriter"));
		admin.createPerson(new NewPerson("mali", "马丽", "mali@example.com", null, "marketing", "zhouming", true,
				Set.of(SystemRole.DESIGNER), Set.of("copywriter")), "secret-password");
		admin.appointHead("marketing", "mali");
		// then
		assertThat(directory.department("marketing").orElseThrow().headUserId()).isEqualTo("mali");
		assertThat(directory.holdersOf("copywriter")).extracting(Person::id).containsExactly("mali");
		assertThat(directory.groupIdsOf("mali")).containsExactly("marketing", "copywriter");
		assertThat(accounts.findByLogin("MALI").orElseThrow().systemRoles())
			.containsExactlyInAnyOrder(SystemRole.EMPLOYEE, SystemRole.DESIGNER);
	}

	@Test
	void a_person_who_leaves_is_no_longer_a_member_or_holder() {
		// when
		admin.setActive("wujing", false);
		// then
		assertThat(directory.holdersOf("purchaser")).extracting(Person::id).containsExactly("huangqiang");
		assertThat(directory.person("wujing").orElseThrow().active()).isFalse();
	}

	@Test
	void a_password_has_8_to_72_characters_so_bcrypt_never_cuts_it_short() {
		assertThatThrownBy(() -> admin.createPerson(person("newbie", "sales", "lina", Set.of()), "short"))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("8 to 72");
		assertThatThrownBy(() -> admin.setPassword("zhangwei", "密码".repeat(13)))
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("8 to 72");
	}

	@Test
	void nobody_becomes_their_own_manager_through_others() {
		// given zhangwei reports to lina, who reports to zhouming
		// when zhouming is to report to zhangwei
		assertThatThrownBy(() -> admin.updatePerson("zhouming",
				new PersonUpdate("周明", null, null, "gm", "zhangwei", Set.of(SystemRole.ANALYST),
						Set.of("general-manager", "department-head"))))
			// then
			.isInstanceOf(DirectoryChangeException.class)
			.hasMessageContaining("'zhangwei' reports to 'zhouming'")
			.extracting(e -> ((DirectoryChangeException) e).violations().get(0).field())
			.isEqualTo("managerId");
		assertThat(directory.person("zhouming").orElseThrow().managerId()).isNull();
	}

	private static NewPerson person(String id, String department, String manager, Set<String> roles) {
		return new NewPerson(id, "新人", null, null, department, manager, true, Set.of(), roles);
	}

}
