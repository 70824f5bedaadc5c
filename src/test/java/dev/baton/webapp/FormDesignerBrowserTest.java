package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.webapp.WebApp.Device;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process designer designs a form in the browser: the Forms tab of a draft lists its
 * forms, a new form gets a checked id, fields are dragged from the (Chinese) palette and
 * set up in the (Chinese) properties panel, and the saved draft on the server holds them.
 * Components Baton cannot render or validate are not offered, and a form that has one
 * says so.
 */
@BatonTest
class FormDesignerBrowserTest extends InTheBrowser {

	private static final ObjectMapper JSON = new ObjectMapper();

	Http http;

	@BeforeEach
	void openApi() {
		http = new Http(port);
	}

	@Test
	void a_designer_adds_a_form_drags_fields_and_saves_the_draft() throws Exception {
		String key = "forms-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode draft = createDraft(key);
		// a form from elsewhere with a component Baton cannot validate
		ObjectNode legacy = JSON.createObjectNode().put("id", key + "-legacy").put("type", "default");
		legacy.putArray("components")
			.addObject()
			.put("type", "filepicker")
			.put("id", "Field_files")
			.put("key", "files")
			.put("label", "附件 / Attachments");
		ArrayNode forms = ((ArrayNode) draft.path("forms").deepCopy());
		forms.addObject().put("id", key + "-legacy").set("schema", legacy);
		draft = saveDraft(key, draft.path("revision").asInt(), draft.path("bpmnXml").asText(), forms);

		try (User designer = app.as("designer")) {
			Page page = designer.page;
			designer.open("/designer/" + key + "/draft");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^(表单|Forms)"))).click();
			Locator panel = page.getByTestId("forms-panel");
			assertThat(panel.locator(".fjs-palette")).isVisible();

			// the palette: Chinese names, only what Baton supports
			Locator palette = panel.locator(".fjs-palette");
			assertThat(palette.locator(".fjs-palette-header")).hasText("组件");
			assertThat(palette.locator("[data-field-type=textfield]")).hasText("单行文本");
			for (String unsupported : new String[] { "filepicker", "documentPreview", "iframe", "html", "image",
					"button", "table" }) {
				assertThat(palette.locator("[data-field-type=" + unsupported + "]")).hasCount(0);
			}
			assertThat(palette.locator("[data-field-type]")).hasCount(15);

			// the blank template's start form is there; the legacy form warns about its
			// file picker
			assertThat(panel.getByTestId("forms-picker")).containsText(key + "-start");
			choose(designer, key + "-legacy");
			assertThat(panel.getByTestId("forms-unsupported")).containsText("filepicker");
			assertThat(panel.getByTestId("forms-unsupported")).containsText("附件 / Attachments");

			// a new form: the id is checked like the server checks it, and unique
			panel.getByTestId("forms-add").click();
			Locator dialog = page.getByTestId("form-id-dialog");
			Locator id = dialog.getByTestId("form-id-input");
			assertThat(id).hasValue(key + "-form");
			id.fill("坏的 id");
			dialog.getByTestId("form-id-confirm").click();
			assertThat(dialog).containsText("表单 ID：只能包含字母、数字");
			id.fill(key + "-start");
			dialog.getByTestId("form-id-confirm").click();
			assertThat(dialog).containsText("表单 ID：这个流程已经有表单 " + key + "-start");
			id.fill(key + "-review");
			dialog.getByTestId("form-id-confirm").click();
			assertThat(dialog).isHidden();
			assertThat(panel.locator(".form-editor[data-form-id=" + key + "-review]")).isVisible();
			assertThat(panel.locator(".fjs-empty-editor")).containsText("把左侧的组件拖到这里开始设计");

			// a text field and a number field from the palette, set up in the Chinese
			// properties panel
			drag(page, palette.locator("[data-field-type=textfield]"), panel.locator(".fjs-empty-editor"));
			Locator properties = panel.locator(".form-editor-properties");
			assertThat(properties.locator(".bio-properties-panel-header-type")).hasText("单行文本");
			assertThat(properties.locator("[data-entry-id=label] .bio-properties-panel-label")).hasText("字段标题");
			text(properties, "label", "评审意见 / Review notes");
			// the key (variable name) is a technical field, shown in advanced mode
			assertThat(properties.getByLabel("键（变量名）")).hasCount(0);
			panel.getByTestId("advanced-switch").click();
			properties.getByLabel("键（变量名）").fill("reviewNotes");
			properties.getByText("校验", new Locator.GetByTextOptions().setExact(true)).click();
			properties.getByLabel("必填").check();
			assertThat(panel.locator(".fjs-form-field-label",
					new Locator.LocatorOptions().setHasText("评审意见 / Review notes")))
				.isVisible();

			drag(page, palette.locator("[data-field-type=number]"),
					panel.locator(".fjs-form .fjs-drop-container-vertical").first());
			assertThat(properties.locator(".bio-properties-panel-header-type")).hasText("数字");
			text(properties, "label", "评分 / Score");
			properties.getByLabel("键（变量名）").fill("score");
			// the text field, no longer selected, now has the id of its key
			assertThat(panel.locator(".fjs-form [data-id=Field_reviewNotes]")).isVisible();
			designer.screenshot("zh-desktop-form-designer");

			// saving right after typing: the editor reports its last change when focus
			// leaves it
			page.getByTestId("save").click();
			assertThat(page.getByText("已保存（第 " + (draft.path("revision").asInt() + 1) + " 版）")).isVisible();
			assertThat(page.getByTestId("save")).isDisabled();
		}

		JsonNode saved = draft(key);
		JsonNode review = null;
		for (JsonNode form : saved.path("forms")) {
			if (form.path("id").asText().equals(key + "-review")) {
				review = form.path("schema");
			}
		}
		assertThat(review).as("the new form is in the saved draft").isNotNull();
		assertThat(review.path("id").asText()).isEqualTo(key + "-review");
		assertThat(review.path("schemaVersion").asInt()).isEqualTo(19);
		JsonNode components = review.path("components");
		assertThat(components).hasSize(2);
		JsonNode notes = component(components, "reviewNotes");
		assertThat(notes.path("type").asText()).isEqualTo("textfield");
		assertThat(notes.path("id").asText()).isEqualTo("Field_reviewNotes");
		assertThat(notes.path("label").asText()).isEqualTo("评审意见 / Review notes");
		assertThat(notes.path("validate").path("required").asBoolean()).isTrue();
		JsonNode score = component(components, "score");
		assertThat(score.path("type").asText()).isEqualTo("number");
		assertThat(score.path("id").asText()).isEqualTo("Field_score");
		assertThat(score.path("label").asText()).isEqualTo("评分 / Score");

		try (User designer = app.as("designer", Device.PHONE, "en-US")) {
			designer.open("/designer/" + key + "/draft");
			designer.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^(表单|Forms)")))
				.click();
			Locator panel = designer.page.getByTestId("forms-panel");
			choose(designer, key + "-review");
			assertThat(panel.locator(".fjs-palette-header")).hasText("Components");
			assertThat(panel.locator(".fjs-palette [data-field-type=textfield]")).hasText("Text field");
			// select the number field by its label (its input is disabled in the editor)
			panel.locator(".fjs-form [data-id=Field_score]").click(new Locator.ClickOptions().setPosition(8, 8));
			Locator properties = panel.locator(".form-editor-properties");
			assertThat(properties.locator("[data-entry-id=label] .bio-properties-panel-label")).hasText("Field label");
			assertThat(properties.locator("[data-entry-id=label] [contenteditable]")).hasText("评分 / Score");
			designer.screenshot("en-phone-form-designer");
		}
	}

	@Test
	void a_published_version_shows_its_forms_read_only() {
		try (User designer = app.as("designer")) {
			designer.open("/designer/leave-request/versions/1");
			Locator panel = designer.page.getByTestId("forms-panel");
			choose(designer, "leave-request-start", ".form-view");
			assertThat(panel.locator(".fjs-form")).containsText("请假类型 / Leave type");
			assertThat(panel.locator(".fjs-palette")).hasCount(0);
			assertThat(panel.getByTestId("forms-add")).hasCount(0);
			assertThat(designer.label("请假事由 / Reason")).not().isEditable();
		}
	}

	private static JsonNode component(JsonNode components, String key) {
		for (JsonNode component : components) {
			if (component.path("key").asText().equals(key)) {
				return component;
			}
		}
		throw new AssertionError("no component with key " + key + " in " + components);
	}

	/**
	 * Types into a properties panel entry that takes text or a template (a small code
	 * editor, not an input).
	 */
	private static void text(Locator properties, String entryId, String value) {
		Locator editor = properties.locator("[data-entry-id=" + entryId + "] [contenteditable]");
		editor.click();
		editor.press("Control+A");
		editor.pressSequentially(value);
	}

	private static void choose(User user, String formId) {
		choose(user, formId, ".form-editor[data-form-id=" + formId + "]");
	}

	private static void choose(User user, String formId, String shown) {
		user.page.getByTestId("forms-picker").click();
		user.page
			.getByRole(AriaRole.OPTION,
					new Page.GetByRoleOptions().setName(Pattern.compile("^" + WebApp.User.escape(formId))))
			.click();
		assertThat(user.page.getByTestId("forms-panel").locator(shown)).isVisible();
	}

	/**
	 * Drags like a person does (form-js's drag and drop follows the mouse, not HTML5 drag
	 * events).
	 */
	private static void drag(Page page, Locator source, Locator target) {
		source.scrollIntoViewIfNeeded();
		BoundingBox from = source.boundingBox();
		page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
		page.mouse().down();
		target.scrollIntoViewIfNeeded();
		BoundingBox to = target.boundingBox();
		page.mouse()
			.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10,
					new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
		page.mouse()
			.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40),
					new com.microsoft.playwright.Mouse.MoveOptions().setSteps(15));
		page.mouse().up();
	}

	private JsonNode createDraft(String key) throws Exception {
		var response = http.send(http.request("/api/modeling/processes", "designer", "demo")
			.header("Content-Type", "application/json")
			.POST(Http
				.json("{\"key\":\"" + key + "\",\"name\":{\"zh\":\"表单测试\",\"en\":\"Forms test\"},\"copyOf\":null}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body());
	}

	private JsonNode saveDraft(String key, int revision, String bpmnXml, ArrayNode forms) throws Exception {
		ObjectNode body = JSON.createObjectNode().put("revision", revision).put("bpmnXml", bpmnXml);
		body.set("forms", forms);
		var response = http.send(http.request("/api/modeling/processes/" + key + "/draft", "designer", "demo")
			.header("Content-Type", "application/json")
			.PUT(Http.json(JSON.writeValueAsString(body))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private JsonNode draft(String key) throws Exception {
		var response = http.send(http.request("/api/modeling/processes/" + key + "/draft", "designer", "demo"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
