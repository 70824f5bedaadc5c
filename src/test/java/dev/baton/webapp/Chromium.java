package dev.baton.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Debian Chromium for all browser tests of a JVM. Playwright never downloads
 * a browser here: it drives {@code /usr/bin/chromium}.
 */
final class Chromium {

	static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	private Chromium() {
	}

	static synchronized Browser browser() {
		if (browser == null) {
			if (!Files.isExecutable(EXECUTABLE)) {
				throw new IllegalStateException("Browser tests need Debian's chromium at " + EXECUTABLE
						+ " (apt-get install chromium fonts-noto-cjk; .ci/run installs them)");
			}
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close));
		}
		return browser;
	}

	private static synchronized void close() {
		if (browser != null) {
			browser.close();
			playwright.close();
			browser = null;
		}
	}

}
