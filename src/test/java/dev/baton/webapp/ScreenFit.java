package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.baton.webapp.WebApp.SCREENSHOTS;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Whether a page fits its screen (a 375-px phone: nothing wider than the screen, dialogs
 * and menus inside it), and whole-page screenshots to look at.
 */
final class ScreenFit {

	/**
	 * The innermost elements that reach beyond the screen's right edge, for a failure
	 * message.
	 */
	private static final String WIDEST_ELEMENTS = """
			(limit) => [...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > limit + 0.5
					&& ![...e.children].some((c) => c.getBoundingClientRect().right > limit + 0.5))
				.slice(0, 8)
				.map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
					? '.' + e.className.trim().split(/\\s+/).join('.') : '')
					+ ' (' + Math.round(e.getBoundingClientRect().right) + ' px: '
					+ (e.textContent || '').trim().slice(0, 40) + ')')
			""";

	private final Page page;

	private final int width;

	ScreenFit(Page page, int width) {
		this.page = page;
		this.width = width;
	}

	/**
	 * A whole-page screenshot; bars fixed to the screen are laid out in the page's flow
	 * for it.
	 */
	void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true)
			.setStyle(".topbar, .action-bar, .tabbar { position: static !important; }"));
	}

	/**
	 * Asserts that nothing on the page is wider than the screen: the document's scroll
	 * width (not {@code innerWidth}, which grows with the content in a mobile viewport)
	 * against the device's width; the message names the widest elements.
	 */
	void assertFitsScreen(String where) {
		// the settled layout: a list or tab still sliding in is not what stays on
		// screen
		page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
		Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
		if (scrollWidth.intValue() > width) {
			Object widest = page.evaluate(WIDEST_ELEMENTS, width);
			throw new AssertionError(
					where + " is " + scrollWidth + " px wide on a " + width + "-px screen; too wide: " + widest);
		}
	}

	/**
	 * Asserts that an element (a dialog, a menu) lies inside the visible screen, once it
	 * stopped moving (dialogs and menus open with an animation). For an Element Plus
	 * dialog it is the dialog's panel that must fit, not the overlay around it.
	 */
	void assertInViewport(Locator element, String what) {
		assertThat(element).isVisible();
		Locator panel = element.locator(".el-dialog");
		Locator measured = "dialog".equals(element.getAttribute("role")) && panel.count() == 1 ? panel : element;
		com.microsoft.playwright.options.BoundingBox box = stableBox(measured);
		Number clientWidth = (Number) page.evaluate("() => document.documentElement.clientWidth");
		Number height = (Number) page.evaluate("() => window.innerHeight");
		boolean inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= clientWidth.doubleValue() + 0.5
				&& box.y + box.height <= height.doubleValue() + 0.5;
		if (!inside) {
			throw new AssertionError(what + " lies outside the " + clientWidth + "×" + height + " screen: x=" + box.x
					+ ", y=" + box.y + ", width=" + box.width + ", height=" + box.height);
		}
	}

	private com.microsoft.playwright.options.BoundingBox stableBox(Locator element) {
		com.microsoft.playwright.options.BoundingBox last = element.boundingBox();
		for (int attempt = 0; attempt < 40; attempt++) {
			page.waitForTimeout(50);
			com.microsoft.playwright.options.BoundingBox now = element.boundingBox();
			if (now.x == last.x && now.y == last.y && now.width == last.width && now.height == last.height) {
				return now;
			}
			last = now;
		}
		return last;
	}

}
