package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.baton.directory.Directory;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator's organisation page (/admin/org): departments as a tree, people,
 * roles and the import with its preview, on a desktop in English and on a 375-px phone in
 * Chinese; employees find no administration. The database is shared with the other tests
 * of this JVM: everything created here has a random suffix, and every person created is
 * marked as having left afterwards.
 */
@BatonTest
class OrgAdminBrowserTest extends InTheBrowser {

	@Autowired
	DirectoryAdmin directoryAdmin;

	@Autowired
	Directory directory;

	private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

	private static final Page.GetByLabelOptions EXACT_PAGE = new Page.GetByLabelOptions().setExact(true);

	private String suffix;

	private final List<String> peopleCreated = new ArrayList<>();

	@BeforeEach
	void suffix() {
		suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void peopleLeave() {
		for (String id : peopleCreated) {
			directory.person(id).filter(person -> person.active()).ifPresent(p -> directoryAdmin.setActive(id, false));
		}
		removeWhatThisTestMade();
	}

	/**
	 * The API deletes no department, role or person (people leave), but the tests after
	 * this one count the demo organisation's departments, roles and groups: everything
	 * whose id ends with this test's suffix goes again, children before parents.
	 */
	/**
	 * Opens a select's list, again if a click landed while its dialog was still opening
	 * (the list then stays shut).
	 */
	private static void openUntilShown(Locator select, Locator option) {
		for (int attempt = 1;; attempt++) {
			select.click(new Locator.ClickOptions().setForce(true));
			try {
				option.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
				return;
			}
			catch (com.microsoft.playwright.TimeoutError shut) {
				if (attempt == 3) {
					throw shut;
				}
			}
		}
	}

	private void removeWhatThisTestMade() {
		String ours = "%" + suffix;
		jdbc.update("UPDATE baton_departments SET head_user_id = NULL WHERE head_user_id LIKE ?", ours);
		jdbc.update("UPDATE baton_users SET manager_id = NULL WHERE manager_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_api_tokens WHERE user_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_user_roles WHERE user_id LIKE ? OR role_id LIKE ?", ours, ours);
		jdbc.update("DELETE FROM baton_user_system_roles WHERE user_id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_users WHERE id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_roles WHERE id LIKE ?", ours);
		jdbc.update("DELETE FROM baton_departments WHERE id LIKE ? AND parent_id LIKE ?", ours, ours);
		jdbc.update("DELETE FROM baton_departments WHERE id LIKE ?", ours);
	}

	@Test
	void an_administrator_builds_a_team_resets_a_password_and_the_new_person_logs_in() {
		String parentId = "qa-org-" + suffix;
		String teamId = "qa-team-" + suffix;
		String roleId = "qa-role-" + suffix;
		String bossId = "qaboss" + suffix;
		String login = "ceshi" + suffix;
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			// a department and a manager to build on, through the API
			admin.api("POST", "/api/admin/directory/departments",
					Map.of("id", parentId, "nameZh", "测试部" + suffix, "nameEn", "QA " + suffix));
			peopleCreated.add(bossId);
			admin.api("POST", "/api/admin/directory/people",
					Map.of("id", bossId, "displayName", "Boss " + suffix, "departmentId", parentId));

			// the top bar leads administrators to the organisation
			admin.nav("Administration");
			page.waitForURL(Pattern.compile(".*/admin/org$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisation")))
				.isVisible();

			// a new role
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Roles")).click();
			page.getByTestId("add-role").click();
			Locator roleDialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New role"));
			roleDialog.getByLabel("Role id", EXACT).fill(roleId);
			roleDialog.getByLabel("Chinese name", EXACT).fill("测试岗" + suffix);
			roleDialog.getByLabel("English name", EXACT).fill("Tester " + suffix);
			roleDialog.getByTestId("save-role").click();
			assertThat(page.getByTestId("role-" + roleId)).isVisible();
			assertThat(page.getByText("Nobody holds this role yet.")).isVisible();

			// a team below the department, headed by the boss
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("People")).click();
			page.getByTestId("department-" + parentId).click();
			page.getByTestId("add-department").click();
			Locator deptDialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New department"));
			deptDialog.getByLabel("Department id", EXACT).fill(teamId);
			deptDialog.getByLabel("Chinese name", EXACT).fill("测试组" + suffix);
			deptDialog.getByLabel("English name", EXACT).fill("QA team " + suffix);
			assertThat(deptDialog.getByTestId("parent-picker")).containsText("QA " + suffix);
			pickPerson(page, deptDialog.getByLabel("Head", EXACT), bossId);
			deptDialog.getByTestId("save-department").click();
			assertThat(deptDialog).isHidden();
			Locator team = page.getByTestId("department-" + teamId);
			assertThat(team).containsText("QA team " + suffix);
			assertThat(team).containsText("Boss " + suffix);
			assertThat(directory.department(teamId).orElseThrow().parentId()).isEqualTo(parentId);

			// moving the team below itself is refused, with the server's message at the
			// field
			admin.allowConsoleError(Pattern.compile("status of 400 .*/api/admin/directory/departments/" + teamId));
			page.getByTestId("edit-department").click();
			Locator editDialog = page.getByRole(AriaRole.DIALOG,
					new Page.GetByRoleOptions().setName("Edit department"));
			editDialog.getByTestId("parent-picker").click();
			page.locator(".el-tree-select__popper:visible .el-tree-node__content")
				.filter(new Locator.FilterOptions().setHasText("QA team " + suffix))
				.click();
			editDialog.getByTestId("save-department").click();
			assertThat(editDialog.locator(".el-form-item__error")).containsText("cannot be placed below itself");
			editDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
			assertThat(directory.department(teamId).orElseThrow().parentId()).isEqualTo(parentId);

			// a new person in the team, with a manager and the role
			peopleCreated.add(login);
			page.getByTestId("add-person").click();
			Locator personDialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New person"));
			personDialog.getByLabel("Login", EXACT).fill(login);
			personDialog.getByLabel("Name", EXACT).fill("测试员" + suffix);
			personDialog.getByLabel("E-mail", EXACT).fill(login + "@example.com");
			assertThat(personDialog.getByLabel("Department", EXACT)).isVisible();
			pickPerson(page, personDialog.getByLabel("Manager", EXACT), bossId);
			Locator testerRole = page.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName("Tester " + suffix));
			openUntilShown(personDialog.getByLabel("Roles", EXACT), testerRole);
			testerRole.click();
			page.keyboard().press("Escape");
			personDialog.getByTestId("save-person").click();
			assertThat(personDialog).isHidden();
			assertThat(page.getByTestId("people-scope")).containsText("QA team " + suffix);
			Locator row = page.locator(".person-row", new Page.LocatorOptions().setHasText(login));
			assertThat(row).containsText("Boss " + suffix);
			assertThat(row).containsText("Tester " + suffix);
			assertThat(row).containsText("QA team " + suffix);
			assertThat(row).containsText("Active");
			var created = directory.person(login).orElseThrow();
			assertThat(created.departmentId()).isEqualTo(teamId);
			assertThat(created.managerId()).isEqualTo(bossId);
			assertThat(created.roleIds()).containsExactly(roleId);

			// everybody: found by the pinyin login
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Everybody")).click();
			Locator zhangwei = page.locator(".person-row", new Page.LocatorOptions().setHasText("zhangwei"));
			assertThat(zhangwei).hasCount(1);
			page.getByLabel("Search people", EXACT_PAGE).fill("ceshi" + suffix.substring(0, 4));
			assertThat(zhangwei).hasCount(0);
			assertThat(page.locator(".person-row")).hasCount(1);
			assertThat(row).containsText("测试员" + suffix);
			admin.screenshot("desktop-org-admin");

			// a new password, shown once
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reset password")).click();
			Locator passwordDialog = page.getByRole(AriaRole.DIALOG);
			assertThat(passwordDialog.getByTestId("new-password")).hasValue(Pattern.compile("^[A-Za-z2-9]{14}$"));
			passwordDialog.getByTestId("set-password").click();
			Locator shown = passwordDialog.getByTestId("shown-password");
			assertThat(shown).hasValue(Pattern.compile("^[A-Za-z2-9]{14}$"));
			String password = shown.inputValue();
			assertThat(passwordDialog).containsText("not shown again");
			passwordDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Done")).click();

			// the new person logs in with it
			try (User newcomer = app.visitor(Device.DESKTOP, "en-US")) {
				newcomer.login(login, password);
				assertThat(newcomer.page.getByTestId("current-user")).hasText("测试员" + suffix);
				assertThat(newcomer.page.getByRole(AriaRole.NAVIGATION)
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))).hasCount(0);
			}

			// the role lists them; taken away and given back
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Roles")).click();
			page.getByTestId("role-" + roleId).click();
			Locator member = page.getByTestId("role-member");
			assertThat(member).hasCount(1);
			assertThat(member).containsText(login);
			member.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")).click();
			assertThat(page.getByText("Nobody holds this role yet.")).isVisible();
			assertThat(directory.person(login).orElseThrow().roleIds()).isEmpty();
			pickPerson(page, page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Add person")),
					login);
			page.getByTestId("add-member").click();
			assertThat(member).hasCount(1);
			assertThat(directory.person(login).orElseThrow().roleIds()).containsExactly(roleId);

			// they leave
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("People")).click();
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as left")).click();
			// nothing depends on them (their role is asked for by no process): a plain
			// confirmation
			Locator leaving = page.getByRole(AriaRole.DIALOG,
					new Page.GetByRoleOptions().setName("测试员" + suffix + " leaves"));
			assertThat(leaving.getByTestId("departure-impact")).containsText("can no longer log in");
			leaving.getByTestId("confirm-departure").click();
			assertThat(page.locator(".person-row")).hasCount(0);
			assertThat(directory.person(login).orElseThrow().active()).isFalse();
			page.getByText("Include people who left").click();
			assertThat(row).containsText("Left");
			assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as back")))
				.isVisible();
		}
	}

	@Test
	void an_import_is_checked_first_and_a_bad_row_is_named_and_nothing_written() {
		String good = "impa" + suffix;
		String bad = "impb" + suffix;
		try (User admin = app.as("admin", Device.DESKTOP, "en-US")) {
			Page page = admin.page;
			String departmentId = "qa-imp-" + suffix;
			admin.api("POST", "/api/admin/directory/departments",
					Map.of("id", departmentId, "nameZh", "导入部" + suffix, "nameEn", "Import " + suffix));
			admin.open("/admin/org");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Import")).click();
			assertThat(page.getByTestId("example-people")).hasAttribute("href",
					"/api/admin/directory/import/examples/people");

			// a file with one bad row: the row, its column and the server's message
			admin.allowConsoleError(Pattern.compile("status of 400 .*/api/admin/directory/import"));
			String csv = "login,name,department\n" + good + ",导入甲," + departmentId + "\n" + bad + ",导入乙,nowhere"
					+ suffix + "\n";
			upload(page, "people.csv", csv);
			page.getByTestId("check-import").click();
			Locator refusal = page.getByTestId("import-refusal");
			assertThat(refusal).containsText("Nothing was imported");
			assertThat(refusal.locator(".el-table__row")).hasCount(1);
			assertThat(refusal.locator(".el-table__row")).containsText("3");
			assertThat(refusal.locator(".el-table__row")).containsText("department");
			assertThat(refusal.locator(".el-table__row")).containsText("There is no department \"nowhere" + suffix);
			assertThat(page.getByTestId("run-import")).hasCount(0);
			assertThat(directory.person(good)).isEmpty();

			// the corrected file: counted first, then imported
			peopleCreated.add(good);
			upload(page, "people.csv", "login,name,department\n" + good + ",导入甲," + departmentId + "\n");
			page.getByTestId("check-import").click();
			Locator preview = page.getByTestId("import-preview");
			assertThat(preview.getByTestId("count-people")).containsText("1");
			assertThat(preview).containsText(good); // no password yet
			assertThat(refusal).hasCount(0);
			assertThat(directory.person(good)).isEmpty();
			page.getByTestId("run-import").click();
			assertThat(page.getByTestId("import-done")).isVisible();
			assertThat(directory.person(good).orElseThrow().departmentId()).isEqualTo(departmentId);
		}
	}

	@Test
	void an_administrator_works_on_a_phone_in_chinese() {
		try (User admin = app.as("admin", Device.PHONE, "zh-CN")) {
			Page page = admin.page;
			// the user menu leads to the administration
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("账户菜单$"))).click();
			page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("系统管理")).click();
			page.waitForURL(Pattern.compile(".*/admin/org$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("组织架构"))).isVisible();
			assertThat(page.getByTestId("department-sales")).containsText("销售部");
			assertThat(page.getByTestId("department-sales")).containsText("李娜");

			// the people of a department as a list
			page.getByTestId("department-finance").click();
			assertThat(page.getByTestId("people-scope")).containsText("财务部");
			Locator wangfang = page.getByTestId("person-row")
				.filter(new Locator.FilterOptions().setHasText("wangfang"));
			assertThat(wangfang).containsText("财务经理");
			admin.assertFitsScreen("the people of a department");
			admin.screenshot("phone-org-admin");

			// a person's form fits the phone
			wangfang.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("编辑")).click();
			Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("编辑人员"));
			assertThat(dialog.getByLabel("姓名", new Locator.GetByLabelOptions().setExact(true))).hasValue("王芳");
			admin.assertInViewport(dialog, "the person form");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();

			// roles and import
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("角色")).click();
			page.getByTestId("role-accountant").click();
			assertThat(page.getByTestId("role-member").filter(new Locator.FilterOptions().setHasText("zhaolei")))
				.hasCount(1);
			admin.assertFitsScreen("the roles");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("导入")).click();
			admin.allowConsoleError(Pattern.compile("status of 400 .*/api/admin/directory/import"));
			upload(page, "人员.csv", "账号,姓名,部门\nimpc" + suffix + ",导入丙,不存在的部门\n");
			page.getByTestId("check-import").click();
			Locator refusal = page.getByTestId("import-refusal");
			assertThat(refusal).containsText("未导入任何数据");
			assertThat(refusal).containsText("没有部门“不存在的部门”");
			admin.assertFitsScreen("an import's problems");
			assertThat(directory.person("impc" + suffix)).isEmpty();
		}
	}

	@Test
	void an_employee_finds_no_administration() {
		try (User zhangwei = app.as("zhangwei", Device.DESKTOP, "zh-CN")) {
			Page page = zhangwei.page;
			assertThat(page.getByRole(AriaRole.NAVIGATION)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("系统管理"))).hasCount(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("账户菜单$"))).click();
			assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("我的账户"))).isVisible();
			assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("系统管理"))).hasCount(0);
			zhangwei.open("/admin/org");
			assertThat(page.getByText("页面不存在")).isVisible();
			zhangwei.open("/admin");
			assertThat(page.getByText("页面不存在")).isVisible();
		}
	}

	/** Types a login into a person picker and picks the person it finds. */
	private static void pickPerson(Page page, Locator picker, String login) {
		picker.click();
		picker.pressSequentially(login);
		// the search answers as the login is typed: pick once the list shows only the
		// person whose whole login was typed (an earlier answer's rows may still be
		// there)
		assertThat(page.locator("[role=option]:visible")).hasCount(1);
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("\\(" + login + "\\)$")))
			.click();
	}

	private static void upload(Page page, String name, String csv) {
		page.getByTestId("import-file")
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

}
