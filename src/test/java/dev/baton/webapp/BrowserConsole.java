package dev.baton.webapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;

/**
 * What the browser reported while a test used the web app: console errors (Baton's own
 * {@code console.error}, failed loads that Chromium logs) and unhandled errors and
 * promise rejections. A normal walk through Baton has none, so any of them fails the
 * test; a test that provokes one on purpose allows exactly that one, narrowly, before it
 * happens.
 */
final class BrowserConsole {

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private final List<Pattern> allowed = new CopyOnWriteArrayList<>();

	/** Listens to a page (and whatever it reports from now on). */
	void watch(Page page) {
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				record("console error: " + message.text() + where(message) + " on " + page.url());
			}
		});
		page.onPageError(error -> record("unhandled error or rejection on " + page.url() + ": " + error));
	}

	/**
	 * Allows errors matching a pattern from now on, e.g. the 400 that Chromium logs for a
	 * submission a test makes the server refuse.
	 */
	void allow(Pattern pattern) {
		allowed.add(pattern);
	}

	List<String> problems() {
		return List.copyOf(problems);
	}

	/** Fails when the browser reported anything that was not allowed. */
	void assertNone(String who) {
		if (!problems.isEmpty()) {
			throw new AssertionError("The browser of " + who + " reported " + problems.size() + " error(s):\n - "
					+ String.join("\n - ", problems));
		}
	}

	private void record(String problem) {
		if (allowed.stream().noneMatch(pattern -> pattern.matcher(problem).find())) {
			problems.add(problem);
		}
	}

	private static String where(ConsoleMessage message) {
		String location = message.location();
		return location == null || location.isBlank() ? "" : " (at " + location + ")";
	}

}
