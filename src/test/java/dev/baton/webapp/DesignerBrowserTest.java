package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * The process designer in the browser: a new two-step process modelled from the blank
 * diagram, checked, previewed and published, then used by employees; and a second version
 * published while a request of the first is still running, each request finishing on its
 * own version.
 */
@BatonTest
class DesignerBrowserTest extends InTheBrowser {

	@Test
	void a_designer_builds_an_expense_claim_that_employees_then_use() {
		String key = "expense-claim-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer")) {
			// a new, blank process from the process list
			designer.nav("流程设计");
			designer.button("新建流程").click();
			Locator dialog = designer.page.getByRole(AriaRole.DIALOG);
			// the key is made from the name; an expert changes it
			dialog.getByTestId("change-key").click();
			dialog.getByLabel("流程标识").fill(key);
			dialog.getByLabel("中文名称").fill("报销申请");
			dialog.getByLabel("英文名称").fill("Expense claim");
			dialog.getByTestId("create-process").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + key + "/draft$"));
			Modeler modeler = new Modeler(designer);
			modeler.waitForDiagram();
			assertThat(designer.page.getByTestId("draft-title")).containsText("报销申请");

			// 经理审批 after the start event: the initiator's manager, with a new form
			modeler.clickBetween("StartEvent_RequestSubmitted", "EndEvent_Completed");
			modeler.contextPad("delete").click();
			modeler.drag("EndEvent_Completed", 250, 0);
			modeler.selectElement("StartEvent_RequestSubmitted");
			modeler.contextPad("append.append-task").click();
			// appended as an approval step: there is no other task type to change it to
			assertThat(designer.page.getByTestId("properties-panel").locator(".bio-properties-panel-header-type"))
				.hasText("审批/办理步骤");
			assertThat(modeler.contextPad("replace")).hasCount(0);
			modeler.name("经理审批", "Manager approval");
			modeler.openGroup("baton-approvers");
			modeler.select("batonApprover", "发起人的上级");
			modeler.openGroup("baton-step");
			designer.button("+ 新建表单").click();
			assertThat(designer.page.locator("#bio-properties-panel-batonForm")).hasValue(key + "-manager-approval");
			String managerTask = modeler.selectedId();

			// 财务审批 after it: the finance managers, with its own form, then on to the end
			modeler.contextPad("append.append-task").click();
			modeler.name("财务审批", "Finance approval");
			modeler.openGroup("baton-approvers");
			modeler.select("batonApprover", "某个角色的所有人");
			modeler.select("batonRole", "财务经理");
			designer.screenshot("designer-approvers");
			modeler.openGroup("baton-step");
			designer.button("+ 新建表单").click();
			modeler.contextPad("connect").click();
			modeler.element("EndEvent_Completed").click();

			// the forms: an amount on the start form, the manager's notes on the approval
			// form
			Forms forms = new Forms(designer);
			forms.open();
			forms.choose(key + "-start");
			forms.add("number", "金额 / Amount", "amount");
			forms.choose(key + "-manager-approval");
			forms.add("textfield", "经理意见 / Manager notes", "managerNotes");
			designer.screenshot("designer-forms");
			designer.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("流程图")).click();

			designer.button("保存").click();
			assertThat(designer.page.getByTestId("draft-revision")).hasText("草稿第 2 版");
			designer.button("检查").click();
			assertThat(designer.page.getByTestId("check-ok")).isVisible();

			// the route for zhangwei: his manager 李娜, then the finance manager 王芳
			designer.button("预览流转").click();
			Locator drawer = designer.page.getByTestId("preview-drawer");
			drawer.locator(".el-select").first().click();
			designer.page.keyboard().type("zhangwei");
			designer.page
				.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("\\(zhangwei\\)$")))
				.click();
			drawer.getByTestId("run-preview").click();
			Locator steps = drawer.getByTestId("preview-step");
			assertThat(steps.first()).containsText("经理审批");
			assertThat(steps.first().getByTestId("preview-approvers")).hasText("李娜");
			assertThat(steps.nth(1)).containsText("财务审批");
			assertThat(steps.nth(1).getByTestId("preview-approvers")).hasText("王芳");
			assertThat(steps.first().getByTestId("preview-rule")).hasText("审批人规则：发起人的上级");
			assertThat(steps.first()).not().containsText("Assigned to");
			designer.screenshot("designer-preview");
			designer.page.keyboard().press("Escape");
			assertThat(drawer).isHidden();
			assertThat(modeler.element(managerTask)).hasClass(Pattern.compile("baton-path"));

			modeler.publish();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + key + "/versions/1$"));
		}

		String title = "客户拜访差旅费 " + System.nanoTime();
		String requestId;
		try (User zhangwei = app.as("zhangwei")) {
			requestId = zhangwei.start("报销申请", form -> {
				form.label("标题 / Title").fill(title);
				form.label("金额 / Amount").fill("860");
			});
		}
		try (User lina = app.as("lina")) {
			lina.openTask(title);
			lina.label("经理意见 / Manager notes").fill("客户拜访，同意");
			lina.approve(null);
		}
		try (User wangfang = app.as("wangfang")) {
			wangfang.openTask(title);
			wangfang.approve(null);
		}
		try (User zhangwei = app.as("zhangwei")) {
			zhangwei.openMyRequest(requestId);
			assertThat(zhangwei.page.getByTestId("request-status")).hasText("已完成");
			assertThat(zhangwei.timeline()).containsSubsequence("张伟 start", "李娜 approve", "王芳 approve");
		}
	}

	@Test
	void a_second_version_does_not_change_requests_already_running() {
		// setup through the API: a copy of the leave request under its own name,
		// published once
		String key = "errand-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer")) {
			Map<?, ?> draft = (Map<?, ?>) api(designer, "POST", "/api/modeling/processes", "{\"key\":\"" + key
					+ "\",\"name\":{\"zh\":\"外出申请\",\"en\":\"Errand\"},\"copyOf\":{\"key\":\"leave-request\",\"version\":null}}");
			api(designer, "POST", "/api/modeling/processes/" + key + "/draft/publish",
					"{\"revision\":" + draft.get("revision") + ",\"initiator\":null}");
		}

		// yangxue's first request runs on version 1: her manager gaojian approves
		String first = "外出 v1 " + System.nanoTime();
		String firstId;
		try (User yangxue = app.as("yangxue")) {
			firstId = yangxue.start("外出申请", form -> fillLeave(form, first));
		}

		// the designer opens a draft of the latest version and gives the first step to 孙丽
		try (User designer = app.as("designer")) {
			designer.open("/designer/" + key + "/versions/1");
			designer.button("从此版本编辑").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + key + "/draft$"));
			Modeler modeler = new Modeler(designer);
			modeler.waitForDiagram();
			assertThat(designer.page.getByText("基于版本 1")).isVisible();
			modeler.element("Task_ManagerApproval").click();
			modeler.openGroup("baton-approvers");
			assertThat(designer.page.locator("#bio-properties-panel-batonApprover")).hasValue("manager");
			modeler.select("batonApprover", "指定成员");
			designer.page.locator("#bio-properties-panel-batonUsers").fill("sunli");
			designer.page.locator(".baton-results button", new Page.LocatorOptions().setHasText("(sunli)")).click();
			assertThat(designer.page.getByTestId("baton-users")).hasText(Pattern.compile("孙丽"));
			designer.screenshot("designer-second-version");
			designer.button("检查").click();
			assertThat(designer.page.getByTestId("check-ok")).isVisible();
			modeler.publish();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + key + "/versions/2$"));
		}

		String second = "外出 v2 " + System.nanoTime();
		String secondId;
		try (User yangxue = app.as("yangxue")) {
			secondId = yangxue.start("外出申请", form -> fillLeave(form, second));
		}
		try (User sunli = app.as("sunli")) {
			sunli.openTask(secondId);
			sunli.approve(null);
		}
		try (User gaojian = app.as("gaojian")) {
			gaojian.openTask(firstId);
			gaojian.approve(null);
		}
		try (User zhouting = app.as("zhouting")) {
			for (String id : List.of(firstId, secondId)) {
				zhouting.openTask(id);
				zhouting.label("已录入考勤 / Recorded in attendance").check();
				zhouting.approve(null);
			}
		}
		try (User yangxue = app.as("yangxue")) {
			yangxue.openMyRequest(firstId);
			assertThat(yangxue.page.getByTestId("request-status")).hasText("已完成");
			assertThat(yangxue.timeline()).containsSubsequence("杨雪 start", "高健 approve", "周婷 approve");
			yangxue.openMyRequest(secondId);
			assertThat(yangxue.page.getByTestId("request-status")).hasText("已完成");
			assertThat(yangxue.timeline()).containsSubsequence("杨雪 start", "孙丽 approve", "周婷 approve");
		}
	}

	@Test
	void the_designer_works_in_english_on_a_phone() {
		String key = "phone-check-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer", Device.PHONE, "en-US")) {
			api(designer, "POST", "/api/modeling/processes", "{\"key\":\"" + key
					+ "\",\"name\":{\"zh\":\"手机检查\",\"en\":\"Phone check\"},\"copyOf\":{\"key\":\"leave-request\",\"version\":null}}");
			Modeler modeler = new Modeler(designer);
			modeler.open(key);
			assertThat(designer.page.getByTestId("draft-title")).containsText("Phone check");
			modeler.element("Task_ManagerApproval").click();
			modeler.openGroup("baton-approvers");
			assertThat(designer.page.getByText("Who approves")).isVisible();
			assertThat(designer.button("Check")).isVisible();
			designer.button("Check").click();
			assertThat(designer.page.getByTestId("check-ok")).isVisible();
			designer.screenshot("phone-en-designer");
		}
	}

	@Test
	void a_save_over_someone_elses_save_is_refused_and_offers_their_version() {
		String key = "stale-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer"); User admin = app.as("admin")) {
			api(designer, "POST", "/api/modeling/processes", "{\"key\":\"" + key
					+ "\",\"name\":{\"zh\":\"冲突检查\",\"en\":\"Conflict check\"},\"copyOf\":{\"key\":\"leave-request\",\"version\":null}}");
			Modeler mine = new Modeler(designer);
			Modeler theirs = new Modeler(admin);
			mine.open(key);
			theirs.open(key);

			theirs.element("Task_HrRecord").click();
			theirs.name("人事备案", "HR filing");
			assertThat(admin.page.getByText("有未保存的修改")).isVisible();
			admin.button("保存").click();
			assertThat(admin.page.getByTestId("draft-revision")).hasText("草稿第 2 版");

			mine.element("Task_HrRecord").click();
			mine.name("人事备案", "HR record keeping");
			assertThat(designer.page.getByText("有未保存的修改")).isVisible();
			// the server refuses the stale save (409), which Chromium logs
			designer.allowConsoleError(Pattern.compile("status of 409 .*/api/modeling/processes/" + key + "/draft"));
			designer.page.keyboard().press("Control+s");
			Locator box = designer.page.locator(".el-message-box");
			assertThat(box).containsText("系统管理员");
			designer.screenshot("designer-stale-save");
			box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("载入对方的版本")).click();
			assertThat(designer.page.getByTestId("draft-revision")).hasText("草稿第 2 版");
			mine.element("Task_HrRecord").click();
			mine.openGroup("general");
			assertThat(designer.page.locator("#bio-properties-panel-batonNameEn")).hasValue("HR filing");
		}
	}

	private static void fillLeave(User form, String reason) {
		form.select("请假类型 / Leave type", "事假 / Personal leave");
		form.date("开始日期 / First day", "2030-06-03");
		form.date("结束日期 / Last day", "2030-06-03");
		form.label("天数 / Days").fill("1");
		form.label("请假事由 / Reason").fill(reason);
	}

	/** Calls Baton's REST API from the user's page, with their session and CSRF token. */
	private static Object api(User user, String method, String path, String body) {
		return user.page.evaluate(
				"""
						async ([method, path, body]) => {
						  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
						  const token = cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
						  const response = await fetch(path, { method, body, headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token } });
						  if (!response.ok) throw new Error(method + ' ' + path + ': ' + response.status + ' ' + await response.text());
						  return response.status === 204 ? null : await response.json();
						}""",
				List.of(method, path, body));
	}

	/** The Forms tab of the designer page (the form-js editor). */
	private static final class Forms {

		private final Page page;

		private final Locator panel;

		Forms(User user) {
			this.page = user.page;
			this.panel = page.getByTestId("forms-panel");
		}

		void open() {
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^表单"))).click();
			assertThat(panel.locator(".fjs-palette")).isVisible();
		}

		void choose(String formId) {
			panel.getByTestId("forms-picker").click();
			page.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName(Pattern.compile("^" + User.escape(formId))))
				.click();
			assertThat(panel.locator(".form-editor[data-form-id=" + formId + "]")).isVisible();
		}

		/**
		 * Drags a field from the palette to the end of the form and gives it a label and
		 * a key.
		 */
		void add(String type, String label, String key) {
			Locator empty = panel.locator(".fjs-empty-editor");
			Locator target = empty.count() > 0 ? empty
					: panel.locator(".fjs-form .fjs-drop-container-vertical").first();
			Locator source = panel.locator(".fjs-palette [data-field-type=" + type + "]");
			source.scrollIntoViewIfNeeded();
			var from = source.boundingBox();
			page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
			page.mouse().down();
			target.scrollIntoViewIfNeeded();
			var to = target.boundingBox();
			page.mouse()
				.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10,
						new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse()
				.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40),
						new com.microsoft.playwright.Mouse.MoveOptions().setSteps(15));
			page.mouse().up();
			Locator properties = panel.locator(".form-editor-properties");
			Locator labelEditor = properties.locator("[data-entry-id=label] [contenteditable]");
			labelEditor.click();
			labelEditor.press("Control+A");
			labelEditor.pressSequentially(label);
			// the key (variable name) is a technical field: in advanced mode only
			Locator keyField = properties.getByLabel("键（变量名）");
			if (keyField.count() == 0) {
				panel.getByTestId("advanced-switch").click();
			}
			keyField.fill(key);
			assertThat(panel.locator(".fjs-form-field-label", new Locator.LocatorOptions().setHasText(label)))
				.isVisible();
		}

	}

	/**
	 * The modeler of the designer page: diagram elements, context pad, properties panel.
	 */
	private static final class Modeler {

		private final User user;

		private final Page page;

		Modeler(User user) {
			this.user = user;
			this.page = user.page;
		}

		void open(String key) {
			user.open("/designer/" + key + "/draft");
			waitForDiagram();
		}

		void waitForDiagram() {
			// imported and fitted to the canvas: elements stay where they are from now on
			page.locator("[data-testid=modeler-canvas][data-ready=true]")
				.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			assertThat(page.locator(".djs-container")).isVisible();
			assertThat(element("StartEvent_RequestSubmitted")).isVisible();
		}

		Locator element(String id) {
			return page.locator(".djs-element.djs-shape[data-element-id=\"" + id + "\"]");
		}

		/**
		 * Clicks halfway between two elements, e.g. on the sequence flow that joins them.
		 */
		void clickBetween(String from, String to) {
			var a = element(from).boundingBox();
			var b = element(to).boundingBox();
			page.mouse().click((a.x + a.width + b.x) / 2, a.y + a.height / 2);
		}

		/**
		 * Drags an element by (dx, dy) screen pixels, onto the canvas (a drop outside it
		 * is cancelled, and the modeler then swallows the next click).
		 */
		void drag(String id, double dx, double dy) {
			var box = element(id).boundingBox();
			var canvas = page.locator(".djs-container").boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.x + box.width / 2 + dx)
				.as("where %s is dropped", id)
				.isBetween(canvas.x + 20, canvas.x + canvas.width - 20);
			double x = box.x + box.width / 2;
			double y = box.y + box.height / 2;
			page.mouse().move(x, y);
			page.mouse().down();
			page.mouse().move(x + dx / 2, y + dy / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse().move(x + dx, y + dy, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse().up();
			org.assertj.core.api.Assertions.assertThat(element(id).boundingBox().x)
				.as("%s moved", id)
				.isCloseTo(box.x + dx, org.assertj.core.api.Assertions.within(5.0));
		}

		/**
		 * Selects an element (clicking a selected element would deselect it) and so opens
		 * its context pad.
		 */
		void selectElement(String id) {
			if (!element(id).getAttribute("class").contains("selected")) {
				element(id).click();
			}
			assertThat(page.locator(".djs-context-pad.open")).isVisible();
		}

		Locator contextPad(String action) {
			return page.locator(".djs-context-pad.open [data-action=\"" + action + "\"]");
		}

		void name(String name, String english) {
			openGroup("general");
			page.locator("#bio-properties-panel-name").fill(name);
			page.locator("#bio-properties-panel-batonNameEn").fill(english);
			page.locator("#bio-properties-panel-batonNameEn").press("Tab");
		}

		String selectedId() {
			return page.locator(".djs-element.djs-shape.selected").getAttribute("data-element-id");
		}

		void openGroup(String id) {
			Locator header = page.locator("[data-group-id=\"group-" + id + "\"] .bio-properties-panel-group-header");
			if (!header.getAttribute("class").contains("open")) {
				header.click();
			}
		}

		void select(String entry, String label) {
			page.locator("#bio-properties-panel-" + entry).selectOption(new SelectOption().setLabel(label));
		}

		void publish() {
			user.button("发布").or(user.button("Publish")).first().click();
			Locator box = page.locator(".el-message-box");
			assertThat(box).isVisible();
			box.locator(".el-button--primary").click();
		}

	}

}
