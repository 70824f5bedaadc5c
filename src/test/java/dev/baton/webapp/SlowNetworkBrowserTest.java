package dev.baton.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import dev.baton.support.BatonTest;
import dev.baton.webapp.NetworkLog.Conditions;
import dev.baton.webapp.NetworkLog.Entry;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "the phone on a mobile network": an approver opens the inbox on a phone over
 * Slow 4G, first with an empty browser cache, then again. Prints what it cost (first
 * contentful paint, until the network is idle, bytes and requests by type) and checks
 * what makes it cheap: compressed, long-cached assets, an {@code index.html} that is
 * always asked for, and API answers no cache keeps. The timings are printed, never
 * asserted.
 */
@BatonTest
class SlowNetworkBrowserTest extends InTheBrowser {

	private static final Path BUILT_ASSETS = Paths.get("target", "classes", "static", "assets");

	@Test
	void the_inbox_on_slow_4g_loads_compressed_assets_once_and_a_repeat_visit_fetches_only_the_page_and_the_api() {
		// a server that has served the app before: the first requests after a start are
		// slower
		try (BrowserContext other = loggedInPhone("zhangwei")) {
			Page page = other.newPage();
			page.navigate("http://localhost:" + port + "/inbox");
			assertThat(page.locator(".tabbar")).isVisible();
			page.waitForLoadState(LoadState.NETWORKIDLE);
		}
		try (BrowserContext phone = loggedInPhone("lina")) {
			Visit cold = visitInbox(phone, "cold (empty cache)");
			Visit warm = visitInbox(phone, "warm (repeat visit)");
			System.out.println(cold.report() + "\n" + cold.network.waterfall());
			System.out.println(warm.report() + "\n" + warm.network.waterfall());

			// the app's page: asked for every time, never stored as is
			Entry document = cold.document();
			assertThat(document.header("Cache-Control")).as("index.html for /inbox").isEqualTo("no-cache");

			// the hashed assets: compressed, cached for a year, immutable
			List<Entry> assets = cold.network.fromNetwork()
				.stream()
				.filter(entry -> entry.path.startsWith("/assets/"))
				.toList();
			assertThat(assets).as("assets loaded by the inbox").isNotEmpty();
			for (Entry asset : assets) {
				assertThat(asset.status).as(asset.path).isEqualTo(200);
				assertThat(asset.header("Cache-Control")).as(asset.path).contains("max-age=31536000", "immutable");
				if (hasCompressedCopy(asset.path)) {
					assertThat(asset.header("Content-Encoding")).as(asset.path).isIn("br", "gzip");
					assertThat(asset.header("Vary")).as(asset.path).containsIgnoringCase("Accept-Encoding");
				}
			}
			assertThat(assets).as("the entry script is among them, compressed")
				.anySatisfy(asset -> assertThat(asset.type).isEqualTo("Script"))
				.anySatisfy(asset -> assertThat(asset.type).isEqualTo("Stylesheet"));

			// the API: never stored
			List<Entry> api = cold.network.fromNetwork()
				.stream()
				.filter(entry -> entry.path.startsWith("/api/"))
				.toList();
			assertThat(api).as("API calls of the inbox").isNotEmpty();
			assertThat(api)
				.allSatisfy(call -> assertThat(call.header("Cache-Control")).as(call.path).contains("no-store"));

			// a repeat visit fetches the page and the API, and no asset
			assertThat(warm.network.fromNetwork()).as("fetched over the network on the repeat visit")
				.allSatisfy(entry -> assertThat(entry == warm.document() || entry.path.startsWith("/api/"))
					.as(entry.toString())
					.isTrue());
			assertThat(warm.network.entries()).as("assets on the repeat visit came from the cache")
				.filteredOn(entry -> entry.path.startsWith("/assets/"))
				.isNotEmpty()
				.allSatisfy(entry -> assertThat(entry.fromCache).as(entry.path).isTrue());
			assertThat(warm.document().status).as("index.html unchanged: 304").isIn(200, 304);
		}
	}

	/** One visit of the inbox in a new tab of the phone's browser, over Slow 4G. */
	private Visit visitInbox(BrowserContext phone, String name) {
		Page page = phone.newPage();
		NetworkLog network = NetworkLog.of(page, Conditions.SLOW_4G);
		page.navigate("http://localhost:" + port + "/inbox");
		assertThat(page.locator(".tabbar")).isVisible();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		Number fcp = (Number) page.evaluate(
				"() => performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime ?? -1");
		Number lcp = (Number) page.evaluate("() => new Promise(resolve => new PerformanceObserver(list => {"
				+ " const entries = list.getEntries(); resolve(entries[entries.length - 1].startTime) })"
				+ ".observe({ type: 'largest-contentful-paint', buffered: true }))");
		Number idle = (Number) page.evaluate("() => Math.max(0, ...performance.getEntriesByType('resource')"
				+ ".map(e => e.responseEnd), performance.getEntriesByType('navigation')[0].responseEnd)");
		page.close();
		return new Visit(name, network, fcp.doubleValue(), lcp.doubleValue(), idle.doubleValue());
	}

	private record Visit(String name, NetworkLog network, double fcpMs, double lcpMs, double lastResponseMs) {

		Entry document() {
			return network.entries()
				.stream()
				.filter(entry -> entry.type.equals("Document"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no document request in " + network.entries()));
		}

		String report() {
			return String.format(Locale.ROOT,
					"inbox on %s, %s: first contentful paint %.0f ms, largest contentful paint %.0f ms, last response %.0f ms, %s transferred in %d requests "
							+ "(%d from the cache); by type: %s",
					Conditions.SLOW_4G.name(), name, fcpMs, lcpMs, lastResponseMs,
					NetworkLog.kilobytes(network.bytesTransferred()), network.entries().size(),
					network.entries().size() - network.fromNetwork().size(), network.byType());
		}

	}

	/**
	 * A phone's browser with an empty cache whose session cookie comes from logging in
	 * through the API (so no page of the app has been loaded yet).
	 */
	private BrowserContext loggedInPhone(String login) {
		Browser browser = Chromium.browser();
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 740)
			.setLocale("zh-CN")
			.setIsMobile(true)
			.setHasTouch(true)
			.setTimezoneId("Asia/Shanghai"));
		context.setDefaultTimeout(30_000);
		String base = "http://localhost:" + port;
		APIResponse session = context.request().get(base + "/api/auth/session");
		assertThat(session.ok()).isTrue();
		String csrf = context.cookies(base)
			.stream()
			.filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
			.map(cookie -> cookie.value)
			.findFirst()
			.orElseThrow();
		APIResponse loggedIn = context.request()
			.post(base + "/api/auth/login",
					RequestOptions.create()
						.setHeader("X-XSRF-TOKEN", csrf)
						.setHeader("Content-Type", "application/json")
						.setData("{\"login\":\"" + login + "\",\"password\":\"demo\"}"));
		assertThat(loggedIn.status()).as(loggedIn.text()).isEqualTo(200);
		assertThat(context.cookies(base)).extracting((Cookie cookie) -> cookie.name).contains("BATON_SESSION");
		return context;
	}

	private static boolean hasCompressedCopy(String assetPath) {
		String name = assetPath.substring("/assets/".length());
		return Files.exists(BUILT_ASSETS.resolve(name + ".gz"));
	}

}
