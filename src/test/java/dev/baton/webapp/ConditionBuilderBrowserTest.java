package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.baton.support.BatonTest;
import dev.baton.webapp.WebApp.User;
import org.junit.jupiter.api.Test;

/**
 * The condition builder on a gateway's flows: a copy of leave-request shows its "more
 * than 3 days" condition as field, operator and value, takes a changed value (refusing
 * one that is not a number), saves it as JUEL that passes the check, and marks the other
 * flow as the default flow.
 */
@BatonTest
class ConditionBuilderBrowserTest extends InTheBrowser {

	@Test
	void a_designer_changes_a_gateway_condition_without_writing_an_expression() {
		String key = "conditions-" + System.nanoTime() % 1_000_000;
		try (User designer = app.as("designer")) {
			api(designer, "POST", "/api/modeling/processes", "{\"key\":\"" + key
					+ "\",\"name\":{\"zh\":\"条件检查\",\"en\":\"Condition check\"},\"copyOf\":{\"key\":\"leave-request\",\"version\":null}}");
			Page page = designer.page;
			designer.open("/designer/" + key + "/draft");
			// the modeler chunk loads and the diagram is imported and fitted
			page.locator("[data-testid=modeler-canvas][data-ready=true]")
				.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			assertThat(page.locator(".djs-element[data-element-id=\"StartEvent_RequestSubmitted\"]")).isVisible();

			// the "yes" flow: days > 3, shown as field, operator and value; no typed
			// expression
			clickFlow(page, "Flow_DaysAboveLimit");
			openGroup(page, "baton-condition");
			Locator field = page.locator("#bio-properties-panel-batonConditionField");
			Locator operator = page.locator("#bio-properties-panel-batonConditionOperator");
			Locator value = page.locator("#bio-properties-panel-batonConditionValue");
			assertThat(field).hasValue("days");
			assertThat(field.locator("option:checked")).hasText("天数 / Days (days)");
			assertThat(operator).hasValue(">");
			assertThat(value).hasValue("3");
			assertThat(page.locator("#bio-properties-panel-batonDefaultFlow")).not().isChecked();
			assertThat(page.locator("[data-group-id=\"group-CamundaPlatform__Condition\"]")).hasCount(0);

			// not a number: an error, and nothing is written
			value.fill("五");
			assertThat(page.getByText("请输入数字，例如 5000 或 2.5。")).isVisible();
			page.waitForTimeout(600);
			assertThat(page.getByText("有未保存的修改")).hasCount(0);
			value.fill("5");
			value.press("Tab");
			assertThat(page.getByText("有未保存的修改")).isVisible();
			assertThat(page.getByText("请输入数字，例如 5000 或 2.5。")).hasCount(0);
			designer.screenshot("designer-condition-builder");
			designer.button("保存").click();
			assertThat(page.getByTestId("draft-revision")).hasText("草稿第 2 版");

			@SuppressWarnings("unchecked")
			Map<String, Object> draft = (Map<String, Object>) api(designer, "GET",
					"/api/modeling/processes/" + key + "/draft", null);
			String xml = (String) draft.get("bpmnXml");
			assertThat(xml).containsPattern("\\$\\{days (&gt;|>) 5\\}")
				.doesNotContain("days &gt; 3")
				.doesNotContain("language=");
			assertThat(xml).contains("name=\"是\"");
			designer.button("检查").click();
			assertThat(page.getByTestId("check-ok")).isVisible();

			// the "no" flow is the gateway's default flow, without a condition
			clickFlow(page, "Flow_DaysNotAboveLimit");
			openGroup(page, "baton-condition");
			assertThat(page.locator("#bio-properties-panel-batonDefaultFlow")).isChecked();
			assertThat(page.getByText("默认路径没有条件。")).isVisible();
			assertThat(page.locator("#bio-properties-panel-batonConditionField")).hasCount(0);
			designer.screenshot("designer-condition-default-flow");
		}
	}

	/** Clicks a quarter of the way along a sequence flow (its label is elsewhere). */
	private static void clickFlow(Page page, String id) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) page.evaluate("""
				(id) => {
				  const hit = document.querySelector(`.djs-connection[data-element-id="${id}"] .djs-hit`);
				  const a = hit.getPointAtLength(hit.getTotalLength() / 4);
				  const p = new DOMPoint(a.x, a.y).matrixTransform(hit.getScreenCTM());
				  return [p.x, p.y];
				}""", id);
		page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
		assertThat(page.locator(".djs-connection.selected[data-element-id=\"" + id + "\"]")).hasCount(1);
	}

	private static void openGroup(Page page, String id) {
		Locator header = page.locator("[data-group-id=\"group-" + id + "\"] .bio-properties-panel-group-header");
		if (!header.getAttribute("class").contains("open")) {
			header.click();
		}
	}

	private static Object api(User user, String method, String path, String body) {
		return user.page.evaluate(
				"""
						async ([method, path, body]) => {
						  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
						  const token = cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
						  const response = await fetch(path, { method, body: body ?? undefined,
						      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token } });
						  if (!response.ok) throw new Error(method + ' ' + path + ': ' + response.status + ' ' + await response.text());
						  return response.status === 204 ? null : await response.json();
						}""",
				java.util.Arrays.asList(method, path, body));
	}

}
