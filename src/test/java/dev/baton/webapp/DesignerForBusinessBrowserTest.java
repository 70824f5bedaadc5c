package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * The designer as a business person meets it, in Chinese: a process named in Chinese gets
 * a key on its own; the palette and menus offer approval steps, decisions, parallel
 * branches, start and end in plain words; ids, variable names and expression toggles wait
 * behind the "advanced" switch, which is remembered; a new form for a step is named after
 * the process and the step.
 */
@BatonTest
class DesignerForBusinessBrowserTest extends InTheBrowser {

	@Test
	void a_business_person_names_a_process_in_chinese_and_models_it_in_plain_words() {
		try (User designer = app.as("designer")) {
			Page page = designer.page;
			// a new process named only in Chinese: its key is made from the name
			designer.nav("流程设计");
			designer.button("新建流程").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("中文名称").fill("差旅报销");
			Locator keyLine = dialog.getByTestId("process-key");
			assertThat(keyLine.locator("code")).hasText(Pattern.compile("^chai?-lv-bao-xiao(-\\d+)?$"));
			assertThat(dialog.getByLabel("流程标识")).hasCount(0);
			designer.screenshot("designer-new-process-key-from-name");
			String key = keyLine.locator("code").innerText();
			dialog.getByTestId("create-process").click();
			page.waitForURL(Pattern.compile(".*/designer/" + key + "/draft$"));
			Locator canvas = page.getByTestId("modeler-canvas");
			assertThat(canvas.locator("[data-element-id=StartEvent_RequestSubmitted]").first()).isVisible();

			// the palette names the business elements, and nothing else
			Locator palette = canvas.locator(".djs-palette");
			assertThat(palette.locator(".baton-palette-label"))
				.hasText(new String[] { "审批/办理步骤", "条件分支", "并行分支", "开始", "结束" });
			assertThat(palette.locator("[data-action='create.data-object']")).hasCount(0);
			assertThat(palette.locator("[data-action='create.participant-expanded']")).hasCount(0);
			assertThat(palette.locator("[data-action='create']")).hasCount(0);
			assertThat(palette.locator("[data-action='create.user-task']")).hasAttribute("title", "添加审批/办理步骤");

			// an approval step appended to the start: no plain "task" to convert first
			select(canvas, "StartEvent_RequestSubmitted");
			pad(page, "append.append-task").click();
			Locator properties = page.getByTestId("properties-panel");
			assertThat(properties.locator(".bio-properties-panel-header-type")).hasText("审批/办理步骤");
			assertThat(pad(page, "replace")).hasCount(0);
			assertThat(pad(page, "append")).hasCount(0);
			assertThat(pad(page, "append.intermediate-event")).hasCount(0);
			openGroup(page, "general");
			properties.locator("#bio-properties-panel-name").fill("财务审批");
			properties.locator("#bio-properties-panel-name").press("Tab");

			// the technical id waits behind "advanced", which is remembered
			assertThat(properties.locator("#bio-properties-panel-id")).hasCount(0);
			designer.screenshot("designer-business-palette");
			properties.getByTestId("advanced-switch").click();
			assertThat(properties.locator("#bio-properties-panel-id")).isVisible();
			String stepId = properties.locator("#bio-properties-panel-id").inputValue();
			properties.getByTestId("advanced-switch").click();
			assertThat(properties.locator("#bio-properties-panel-id")).hasCount(0);

			// a new form for the step is named after the process and the step
			openGroup(page, "baton-step");
			assertThat(properties.locator("[data-entry-id=batonForm]")).containsText("没有表单时，审批人查看申请内容，填写意见后同意、驳回或退回");
			properties.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ 新建表单")).click();
			Locator formSelect = properties.locator("#bio-properties-panel-batonForm");
			assertThat(formSelect).hasValue(key + "-cai-wu-shen-pi");
			assertThat(formSelect.locator("option:checked")).hasText("差旅报销-财务审批");

			// a decision after the step: its change-type menu offers business types in
			// plain Chinese only
			select(canvas, stepId);
			pad(page, "append.gateway").click();
			assertThat(properties.locator(".bio-properties-panel-header-type")).hasText("条件分支");
			pad(page, "replace").click();
			Locator menu = page.locator(".djs-popup");
			assertThat(menu.locator(".entry")).hasCount(2);
			assertThat(menu).containsText("并行分支");
			assertThat(menu).containsText("同时走所有路径，或等所有路径都完成后再继续");
			assertThat(menu).containsText("多条件分支");
			assertThat(menu).not().containsText("Routes");
			assertThat(menu.locator("[data-id='toggle-parallel-mi']")).hasCount(0);
			designer.screenshot("designer-change-type-menu");
			page.keyboard().press("Escape");

			// the form of the step: titled, its fields' variable names in advanced mode
			// only
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^表单"))).click();
			Locator forms = page.getByTestId("forms-panel");
			forms.getByTestId("forms-picker").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(key + "-cai-wu-shen-pi — 差旅报销-财务审批"))
				.click();
			assertThat(forms.locator(".fjs-form-field-text")).containsText("差旅报销-财务审批");
			forms.locator(".fjs-form-field-text").first().click();
			Locator formProperties = forms.locator(".form-editor-properties");
			assertThat(formProperties.locator(".bio-properties-panel-header-type")).hasText("文本说明");
			forms.locator(".fjs-form").first().click(new Locator.ClickOptions().setPosition(5, 5));
			designer.screenshot("designer-business-form");

			// after a reload the switch is still as the designer left it (off), and on
			// once
			// turned on
			forms.getByTestId("advanced-switch").click();
			page.reload();
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^表单"))).click();
			assertThat(forms.getByTestId("advanced-switch")).hasClass(Pattern.compile("is-checked"));
		}
	}

	@Test
	void a_field_keeps_its_variable_name_behind_the_advanced_switch() {
		try (User designer = app.as("designer")) {
			Page page = designer.page;
			designer.open("/designer");
			String key = "business-form-" + System.nanoTime() % 1_000_000;
			designer.button("新建流程").click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("中文名称").fill("表单检查");
			dialog.getByTestId("change-key").click();
			dialog.getByLabel("流程标识").fill(key);
			dialog.getByTestId("create-process").click();
			page.waitForURL(Pattern.compile(".*/designer/" + key + "/draft$"));
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^表单"))).click();
			Locator forms = page.getByTestId("forms-panel");
			forms.locator(".fjs-form-field").first().click();
			Locator properties = forms.locator(".form-editor-properties");
			assertThat(properties.locator("[data-entry-id=label]")).isVisible();
			// no variable name, no expression toggles, no condition group
			assertThat(properties.getByLabel("键（变量名）")).hasCount(0);
			assertThat(properties.locator(".bio-properties-panel-feel-icon:visible")).hasCount(0);
			assertThat(properties.locator("[data-group-id=group-condition]")).hasCount(0);
			// until the designer asks for them
			forms.getByTestId("advanced-switch").click();
			assertThat(properties.getByLabel("键（变量名）")).hasValue("title");
			assertThat(properties.locator("[data-group-id=group-condition]")).hasCount(1);
		}
	}

	@Test
	void the_designer_fits_a_phone() {
		try (User designer = app.as("designer", Device.PHONE, "zh-CN")) {
			designer.open("/designer");
			designer.button("新建流程").click();
			Locator dialog = designer.page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("中文名称").fill("手机上的流程");
			assertThat(dialog.getByTestId("process-key").locator("code"))
				.hasText(Pattern.compile("^shou-ji-shang-de-liu-cheng"));
			assertFits(designer.page);
			designer.screenshot("phone-designer-new-process");
			String key = dialog.getByTestId("process-key").locator("code").innerText();
			dialog.getByTestId("create-process").click();
			designer.page.waitForURL(Pattern.compile(".*/designer/" + key + "/draft$"));
			assertThat(designer.page.locator(".djs-palette .baton-palette-label").first()).isVisible();
			assertFits(designer.page);
			designer.screenshot("phone-designer-palette");
		}
	}

	private static void assertFits(Page page) {
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width").isLessThanOrEqualTo(375);
	}

	/**
	 * Selects an element unless it is selected (a click on a selected one deselects it).
	 */
	private static void select(Locator canvas, String id) {
		Locator element = canvas.locator(".djs-shape[data-element-id=" + id + "]");
		if (!element.getAttribute("class").contains("selected")) {
			element.click();
		}
	}

	private static Locator pad(Page page, String action) {
		return page.locator(".djs-context-pad.open [data-action=\"" + action + "\"]");
	}

	private static void openGroup(Page page, String id) {
		Locator header = page.locator("[data-group-id=\"group-" + id + "\"] .bio-properties-panel-group-header");
		if (!header.getAttribute("class").contains("open")) {
			header.click();
		}
	}

}
