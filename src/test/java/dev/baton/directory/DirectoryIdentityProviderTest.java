package dev.baton.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.baton.support.BatonTest;

/**
 * The engine sees Baton's directory: people as users, departments and roles as groups.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DirectoryIdentityProviderTest {

	@Autowired
	IdentityService identityService;

	@Test
	void the_members_of_a_department_group_are_its_active_people() {
		// when
		List<User> sales = identityService.createUserQuery().memberOfGroup("sales").list();
		// then
		assertThat(sales).extracting(User::getId).containsExactly("lina", "liuyang", "zhangwei");
	}

	@Test
	void the_members_of_a_role_group_are_its_active_holders() {
		// when
		List<User> purchasers = identityService.createUserQuery().memberOfGroup("purchaser").list();
		// then
		assertThat(purchasers).extracting(User::getId).containsExactly("huangqiang", "wujing");
		assertThat(identityService.createUserQuery().memberOfGroup("purchaser").count()).isEqualTo(2);
	}

	@Test
	void the_groups_of_a_person_are_their_department_and_their_roles() {
		// when
		List<Group> groups = identityService.createGroupQuery().groupMember("wangfang").list();
		// then
		assertThat(groups).extracting(Group::getId)
			.containsExactlyInAnyOrder("finance", "finance-manager", "department-head");
		assertThat(identityService.createGroupQuery().groupMember("qianjun").count()).isZero();
	}

	@Test
	void departments_and_roles_are_groups_of_their_own_type() {
		// when
		Group sales = identityService.createGroupQuery().groupId("sales").singleResult();
		Group purchaser = identityService.createGroupQuery().groupId("purchaser").singleResult();
		// then
		assertThat(sales.getName()).isEqualTo("销售部");
		assertThat(sales.getType()).isEqualTo("department");
		assertThat(purchaser.getType()).isEqualTo("role");
		assertThat(identityService.createGroupQuery().groupType("department").count()).isEqualTo(7);
		assertThat(identityService.createGroupQuery().groupType("role").count()).isEqualTo(8);
		assertThat(identityService.createGroupQuery().groupNameLike("%inance%").list()).extracting(Group::getId)
			.containsExactly("finance", "finance-manager");
		assertThat(identityService.createGroupQuery().groupIdIn("it", "it-admin", "nope").list())
			.extracting(Group::getId)
			.containsExactly("it", "it-admin");
		assertThat(identityService.createGroupQuery().orderByGroupId().desc().listPage(0, 2)).extracting(Group::getId)
			.containsExactly("sales", "purchaser");
	}

	@Test
	void a_user_shows_their_display_name_and_email() {
		// when
		User zhangwei = identityService.createUserQuery().userId("zhangwei").singleResult();
		// then
		assertThat(zhangwei.getFirstName()).isEqualTo("张伟");
		assertThat(zhangwei.getLastName()).isEmpty();
		assertThat(zhangwei.getEmail()).isEqualTo("zhangwei@demo.baton.dev");
	}

	@Test
	void users_are_found_by_ids_name_and_email_and_paged_in_order() {
		// then
		assertThat(identityService.createUserQuery().userIdIn("lina", "wangfang", "nobody").list())
			.extracting(User::getId)
			.containsExactly("lina", "wangfang");
		assertThat(identityService.createUserQuery().userFirstNameLike("%周%").list()).extracting(User::getId)
			.containsExactly("zhouming", "zhouting");
		assertThat(identityService.createUserQuery().userEmail("lina@demo.baton.dev").list()).extracting(User::getId)
			.containsExactly("lina");
		assertThat(identityService.createUserQuery().userEmailLike("%@DEMO.baton.dev").count()).isEqualTo(17);
		assertThat(identityService.createUserQuery().userLastName("李").count()).isZero();
		assertThat(identityService.createUserQuery().orderByUserId().desc().listPage(1, 2)).extracting(User::getId)
			.containsExactly("zhouming", "zhaolei");
		assertThat(identityService.createTenantQuery().count()).isZero();
	}

	@Test
	void passwords_are_checked_against_the_bcrypt_hash_and_only_for_active_people() {
		// then
		assertThat(identityService.checkPassword("zhangwei", "demo")).isTrue();
		assertThat(identityService.checkPassword("zhangwei", "wrong")).isFalse();
		assertThat(identityService.checkPassword("qianjun", "demo")).isFalse();
		assertThat(identityService.checkPassword("nobody", "demo")).isFalse();
		assertThat(identityService.checkPassword("zhangwei", "")).isFalse();
	}

	@Test
	void the_engine_cannot_change_the_directory() {
		// then
		assertThat(identityService.isReadOnly()).isTrue();
		assertThatThrownBy(() -> identityService.saveUser(identityService.newUser("intruder")))
			.isInstanceOf(RuntimeException.class);
	}

}
