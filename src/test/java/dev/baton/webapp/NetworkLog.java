package dev.baton.webapp;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * What one page fetched, as Chromium's DevTools protocol reports it: every request with
 * its resource type, status, response headers, the bytes that crossed the network
 * (headers and body, compressed) and whether the browser's cache answered it. Optionally
 * throttles the page's network first, as DevTools' network presets do.
 */
final class NetworkLog {

	/** A network as Chromium emulates it. */
	record Conditions(String name, int latencyMs, double downloadMbit, double uploadMbit) {

		/** "Slow 4G" of issue 11: 1.6 Mbit/s down, 750 kbit/s up, 150 ms. */
		static final Conditions SLOW_4G = new Conditions("Slow 4G", 150, 1.6, 0.75);

		JsonObject asParameters() {
			JsonObject parameters = new JsonObject();
			parameters.addProperty("offline", false);
			parameters.addProperty("latency", latencyMs);
			parameters.addProperty("downloadThroughput", downloadMbit * 1_000_000 / 8);
			parameters.addProperty("uploadThroughput", uploadMbit * 1_000_000 / 8);
			return parameters;
		}

	}

	/** One request of the page. */
	static final class Entry {

		final String url;

		final String path;

		final String type;

		int status;

		final Map<String, String> headers = new TreeMap<>();

		boolean fromCache;

		long bytes;

		boolean finished;

		/** When the request started and finished, seconds on the browser's clock. */
		double started;

		double ended;

		Entry(String url, String type) {
			this.url = url;
			this.path = URI.create(url).getPath();
			this.type = type;
		}

		/** A response header, by its name in any case; null if absent. */
		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		/** Whether the bytes came over the network (a 304 does; a cache hit does not). */
		boolean fromNetwork() {
			return finished && !fromCache;
		}

		@Override
		public String toString() {
			return type + " " + status + " " + path + (fromCache ? " (cache)" : " " + bytes + " B");
		}

	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private NetworkLog(CDPSession session) {
		session.on("Network.requestWillBeSent", event -> {
			String id = event.get("requestId").getAsString();
			String url = event.getAsJsonObject("request").get("url").getAsString();
			if (url.startsWith("http")) {
				Entry entry = new Entry(url, text(event, "type", "Other"));
				entry.started = event.get("timestamp").getAsDouble();
				entries.put(id, entry);
			}
		});
		session.on("Network.requestServedFromCache", event -> {
			Entry entry = entries.get(event.get("requestId").getAsString());
			if (entry != null) {
				entry.fromCache = true;
			}
		});
		session.on("Network.responseReceived", event -> {
			Entry entry = entries.get(event.get("requestId").getAsString());
			if (entry == null) {
				return;
			}
			JsonObject response = event.getAsJsonObject("response");
			entry.status = response.get("status").getAsInt();
			if (bool(response, "fromDiskCache") || bool(response, "fromPrefetchCache")
					|| bool(response, "fromServiceWorker")) {
				entry.fromCache = true;
			}
			for (Map.Entry<String, JsonElement> header : response.getAsJsonObject("headers").entrySet()) {
				entry.headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().getAsString());
			}
		});
		session.on("Network.loadingFinished", event -> {
			Entry entry = entries.get(event.get("requestId").getAsString());
			if (entry != null) {
				entry.finished = true;
				entry.ended = event.get("timestamp").getAsDouble();
				entry.bytes = entry.fromCache ? 0 : (long) event.get("encodedDataLength").getAsDouble();
			}
		});
	}

	/** Starts logging what {@code page} fetches, over the given network. */
	static NetworkLog of(Page page, Conditions conditions) {
		CDPSession session = page.context().newCDPSession(page);
		NetworkLog log = new NetworkLog(session);
		session.send("Network.enable");
		session.send("Network.emulateNetworkConditions", conditions.asParameters());
		return log;
	}

	List<Entry> entries() {
		return new ArrayList<>(entries.values());
	}

	List<Entry> fromNetwork() {
		return entries.values().stream().filter(Entry::fromNetwork).toList();
	}

	long bytesTransferred() {
		return fromNetwork().stream().mapToLong(entry -> entry.bytes).sum();
	}

	/**
	 * Requests per resource type, e.g. {@code Script 5 (4 cached) 101.2 kB}, with the
	 * bytes that came over the network.
	 */
	String byType() {
		Map<String, long[]> types = new TreeMap<>();
		for (Entry entry : entries.values()) {
			long[] counts = types.computeIfAbsent(entry.type, type -> new long[3]);
			counts[0]++;
			counts[1] += entry.fromCache ? 1 : 0;
			counts[2] += entry.fromNetwork() ? entry.bytes : 0;
		}
		StringBuilder text = new StringBuilder();
		types.forEach((type, counts) -> text.append(text.isEmpty() ? "" : ", ")
			.append(type)
			.append(' ')
			.append(counts[0])
			.append(counts[1] > 0 ? " (" + counts[1] + " cached)" : "")
			.append(' ')
			.append(kilobytes(counts[2])));
		return text.toString();
	}

	/**
	 * One line per request: start and end in ms after the first request, type, path,
	 * bytes.
	 */
	String waterfall() {
		double first = entries.values().stream().mapToDouble(entry -> entry.started).min().orElse(0);
		StringBuilder text = new StringBuilder();
		for (Entry entry : entries.values()) {
			text.append(String.format(Locale.ROOT, "  %5.0f – %5.0f ms  %s%n", (entry.started - first) * 1000,
					entry.finished ? (entry.ended - first) * 1000 : -1, entry));
		}
		return text.toString();
	}

	static String kilobytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
	}

	private static String text(JsonObject object, String name, String fallback) {
		JsonElement value = object.get(name);
		return value == null || value.isJsonNull() ? fallback : value.getAsString();
	}

	private static boolean bool(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value != null && !value.isJsonNull() && value.getAsBoolean();
	}

}
