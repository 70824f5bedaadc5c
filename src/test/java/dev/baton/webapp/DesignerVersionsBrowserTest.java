package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * The process designer's list and version pages: every process with its versions and
 * draft, a new process copied from another, a rollback that publishes an old version
 * again, and comparisons of two versions and of a version with the draft, highlighted on
 * the diagram and listed by name. Version numbers are read from the server first: other
 * tests in this JVM may have published.
 */
@BatonTest
class DesignerVersionsBrowserTest extends InTheBrowser {

	private static final String LEAVE = "leave-request";

	@Test
	void a_designer_copies_a_process_rolls_back_a_version_and_compares_versions_and_the_draft() {
		String copyKey = "leave-copy-" + UUID.randomUUID().toString().substring(0, 6);
		try (User designer = app.as("designer")) {
			discardDraft(designer, LEAVE);
			designer.nav("流程设计");
			assertThat(designer.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("流程设计")))
				.isVisible();
			for (String name : new String[] { "采购申请", "请假申请", "项目交接" }) {
				Locator card = designer.page.getByTestId("process-card")
					.filter(new Locator.FilterOptions().setHas(designer.page.getByRole(AriaRole.HEADING,
							new Page.GetByRoleOptions().setName(Pattern.compile("^" + name)))));
				assertThat(card).hasCount(1);
				assertThat(card.getByTestId("version-row").first()).containsText("v");
			}
			int latest = latestVersion(designer, LEAVE);
			Locator leave = card(designer, LEAVE);
			assertThat(leave).containsText("最新 v" + latest);
			assertThat(leave.getByTestId("version-row").first()).hasAttribute("data-version", String.valueOf(latest));
			designer.screenshot("designer-zh-desktop-list");

			// a new process as a copy of leave-request: the key is checked while it is
			// typed
			designer.button("新建流程").click();
			Locator dialog = designer.page.getByRole(AriaRole.DIALOG);
			dialog.getByTestId("change-key").click();
			Locator key = dialog.getByLabel("流程标识");
			key.fill("Leave");
			assertThat(dialog.getByText("必须以小写字母开头")).isVisible();
			key.fill("leave_copy");
			assertThat(dialog.getByText("只能包含小写字母、数字和连字符（-）")).isVisible();
			key.fill(LEAVE);
			assertThat(dialog.getByText("这个标识已被其他流程或草稿使用")).isVisible();
			key.fill(copyKey);
			assertThat(dialog.getByText("可以使用")).isVisible();
			dialog.getByLabel("中文名称").fill("请假申请（副本）");
			dialog.getByLabel("英文名称").fill("Leave request (copy)");
			dialog.getByText("复制现有流程").click();
			// on a loaded machine a click can land while the option list is still opening
			// (the select then stays empty): open it and pick again
			Locator source = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("要复制的流程"));
			Locator leaveOption = designer.page.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName("请假申请 (leave-request)"));
			for (int attempt = 1;; attempt++) {
				source.click();
				leaveOption.click();
				try {
					assertThat(dialog.locator(".copy-source")).containsText("v" + latest + "（最新）");
					break;
				}
				catch (AssertionError notPicked) {
					if (attempt == 3) {
						throw notPicked;
					}
				}
			}
			designer.page.waitForTimeout(400); // the option list closes
			designer.screenshot("designer-zh-desktop-new-process");
			dialog.getByTestId("create-process").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + copyKey + "/draft$"));

			// back on the list, the new process has a draft: who changed it, when
			designer.nav("流程设计");
			Locator copy = card(designer, copyKey);
			assertThat(copy).containsText("请假申请（副本）");
			assertThat(copy).containsText("未发布");
			assertThat(copy.getByTestId("draft-info")).containsText("修订 1");
			assertThat(copy.getByTestId("draft-info")).containsText("郑雨");
			assertThat(copy.getByTestId("draft-info")).containsText(Pattern.compile("郑雨 .+修改"));
			assertThat(copy.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("继续编辑草稿"))).isVisible();

			// roll back to version 1 from its version page: a new version with v1's
			// content
			openVersionFromList(designer, LEAVE, 1);
			assertThat(designer.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(Pattern.compile("^请假申请 · 版本 1"))))
				.isVisible();
			assertThat(designer.page.getByTestId("design-canvas").locator(".djs-element").first()).isAttached();
			assertThat(designer.page.getByTestId("design-canvas")).containsText("人事备案");
			designer.page
				.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(回滚到此版本|重新发布此版本)$")))
				.click();
			Locator confirm = designer.page.getByRole(AriaRole.DIALOG);
			int next = latest + 1;
			assertThat(confirm).containsText("发布一个新版本 v" + next);
			assertThat(confirm).containsText("不受影响");
			confirm.getByTestId("confirm-action").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/leave-request/versions/" + next + "$"));
			assertThat(designer.page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(Pattern.compile("^请假申请 · 版本 " + next))))
				.isVisible();
			assertThat(designer.page.getByText("由 v1 回滚")).isVisible();
			assertThat(designer.page.getByTestId("design-canvas")).containsText("人事备案");
			designer.screenshot("designer-zh-desktop-version");

			designer.nav("流程设计");
			Locator newest = card(designer, LEAVE).getByTestId("version-row").first();
			assertThat(newest).hasAttribute("data-version", String.valueOf(next));
			assertThat(newest).containsText("由 v1 回滚");
			assertThat(newest).containsText("设计器");
			assertThat(newest).containsText("郑雨");

			// the rollback has v1's content: comparing them finds nothing
			openVersionFromList(designer, LEAVE, next);
			compareWith(designer, "版本 1");
			assertThat(designer.page.getByTestId("compare-summary")).hasText("没有差异：两者的流程和表单完全相同（布局调整不算变更）。");
			assertThat(designer.page.getByTestId("compare-panel")).containsText("v1 → v" + next + " 的变更");

			// a draft from the latest version, changed (the modeler is another page:
			// through the REST API)
			designer.button("从此版本编辑").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/leave-request/draft$"));
			Object saved = designer.page.evaluate(
					"""
							async (key) => {
							  const token = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN=')).substring(11));
							  const draft = await (await fetch(`/api/modeling/processes/${key}/draft`)).json();
							  const bpmnXml = draft.bpmnXml.replace('name="人事备案"', 'name="人事备案并归档"')
							    .replace('value="HR record"', 'value="HR record and filing"');
							  const response = await fetch(`/api/modeling/processes/${key}/draft`, {
							    method: 'PUT',
							    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
							    body: JSON.stringify({ revision: draft.revision, bpmnXml, forms: draft.forms }),
							  });
							  return response.status;
							}""",
					LEAVE);
			assertThat(saved).isEqualTo(200);

			// a process has one draft: "edit from v1" offers the draft there is instead
			designer.nav("流程设计");
			Locator leaveCard = card(designer, LEAVE);
			assertThat(leaveCard.getByTestId("draft-info")).containsText("修订 2");
			assertThat(leaveCard.getByTestId("draft-info")).containsText("基于 v" + next);
			designer.screenshot("designer-zh-desktop-list-drafts");
			leaveCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("从 v1 编辑")).click();
			Locator offer = designer.page.getByRole(AriaRole.DIALOG);
			assertThat(offer).containsText("已有一份草稿（修订 2，郑雨 于");
			offer.getByTestId("confirm-action").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/leave-request/draft$"));

			// the list links the draft to a comparison with the version it started from
			designer.nav("流程设计");
			card(designer, LEAVE)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("与 v" + next + " 对比改动"))
				.click();
			designer.page
				.waitForURL(Pattern.compile(".*/designer/leave-request/versions/" + next + "\\?compare=draft$"));
			assertThat(designer.page.locator(".compare-select")).containsText("草稿（修订 2）");
			Locator panel = designer.page.getByTestId("compare-panel");
			assertThat(designer.page.getByTestId("compare-summary")).hasText("共 1 处变更");
			Locator changed = panel.getByTestId("element-changes").locator("li[data-element='Task_HrRecord']");
			assertThat(changed).hasAttribute("data-mark", "changed");
			assertThat(changed).containsText("修改");
			assertThat(changed).containsText("人事备案并归档");
			assertThat(changed).containsText("用户任务");
			assertThat(panel.locator(".djs-element.baton-diff-changed").first()).containsText("人事备案并归档");
			assertThat(panel.locator(".djs-element.baton-diff-changed")).hasCount(2);
			assertThat(panel.getByText("新增", new Locator.GetByTextOptions().setExact(true))).isVisible();
			changed.getByRole(AriaRole.BUTTON).click();
			designer.screenshot("designer-zh-desktop-compare-draft");
		}

		try (User designer = app.as("designer", Device.PHONE, "en-US")) {
			designer.nav("Designer");
			assertThat(designer.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Process design")))
				.isVisible();
			assertThat(card(designer, LEAVE).getByTestId("draft-info")).containsText("changed by 郑雨");
			assertThat(card(designer, LEAVE)).containsText("Rolled back from v1");
			designer.screenshot("designer-en-phone-list");
			int latest = latestVersion(designer, LEAVE);
			designer.open("/designer/leave-request/versions/" + latest + "?compare=draft");
			Locator changed = designer.page.getByTestId("element-changes").locator("li[data-element='Task_HrRecord']");
			assertThat(changed).containsText("HR record and filing");
			assertThat(changed).containsText("Changed");
			designer.screenshot("designer-en-phone-compare-draft");

			// the draft is thrown away from the list, after a question
			designer.nav("Designer");
			card(designer, LEAVE).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard draft"))
				.click();
			Locator confirm = designer.page.getByRole(AriaRole.DIALOG);
			assertThat(confirm).containsText("All unpublished changes are lost");
			confirm.getByTestId("confirm-action").click();
			assertThat(card(designer, LEAVE).getByTestId("draft-info")).hasCount(0);
			assertThat(card(designer, LEAVE).getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Edit").setExact(true)))
				.isVisible();
		}
	}

	@Test
	void an_employee_finds_no_designer() {
		try (User zhangwei = app.as("zhangwei")) {
			assertThat(zhangwei.page.getByRole(AriaRole.NAVIGATION)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("流程设计"))).hasCount(0);
			zhangwei.open("/designer");
			assertThat(zhangwei.page.getByText("页面不存在")).isVisible();
			zhangwei.open("/designer/leave-request/versions/1");
			assertThat(zhangwei.page.getByText("页面不存在")).isVisible();
		}
	}

	@Test
	void a_version_that_does_not_exist_says_so() {
		try (User designer = app.as("designer")) {
			// the server answers 404 for the version, which Chromium logs
			designer.allowConsoleError(
					Pattern.compile("status of 404 .*/api/modeling/processes/leave-request/versions/999"));
			designer.open("/designer/leave-request/versions/999");
			assertThat(designer.page.getByText("找不到这个版本")).isVisible();
			assertThat(designer.page.getByText("流程“leave-request”没有版本 999")).isVisible();
			assertThat(designer.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回流程列表")))
				.isVisible();
		}
	}

	private static Locator card(User user, String key) {
		return user.page.locator("[data-testid='process-card'][data-key='" + key + "']");
	}

	private static int latestVersion(User user, String key) {
		Object latest = user.page.evaluate("async (key) => (await (await fetch('/api/modeling/processes')).json())"
				+ ".find((p) => p.key === key).latestVersion", key);
		return ((Number) latest).intValue();
	}

	/** Other tests may have left a draft of the process: start from none. */
	private static void discardDraft(User user, String key) {
		for (var process : user.api("GET", "/api/modeling/processes", null)) {
			if (process.path("key").asText().equals(key) && !process.path("draft").isNull()) {
				user.api("DELETE", "/api/modeling/processes/" + key + "/draft", null);
			}
		}
	}

	private static void openVersionFromList(User user, String key, int version) {
		user.nav("流程设计");
		Locator card = card(user, key);
		Locator more = card.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(Pattern.compile("^显示全部")));
		if (more.count() > 0) {
			more.click();
		}
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("查看 v" + version).setExact(true)).click();
		user.page.waitForURL(Pattern.compile(".*/designer/" + key + "/versions/" + version + "(\\?.*)?$"));
	}

	private static void compareWith(User user, String option) {
		assertThat(user.page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName(Pattern.compile("^(对比|Compare)$"))))
			.isVisible();
		user.page.locator(".compare-select").click();
		user.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
		assertThat(user.page.getByTestId("compare-panel")).isVisible();
	}

}
