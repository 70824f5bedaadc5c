package dev.baton.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One person's browser, as the web app drives Baton: a session cookie from the JSON
 * login, the {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN} on every change,
 * JSON in and out, Chinese as the UI language.
 */
public final class CookieSession {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	/** A response: status and body parsed as JSON (null when empty). */
	public record Answer(int status, JsonNode json, String body) {

		public Answer expect(int expected) {
			if (status != expected) {
				throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
			}
			return this;
		}

	}

	public CookieSession(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** Logs in as the web app does: fetch a CSRF token, then the JSON login. */
	public CookieSession login(String login) {
		get("/api/auth/session").expect(200);
		post("/api/auth/login", "{\"login\":\"" + login + "\",\"password\":\"demo\"}").expect(200);
		// the session id changed: the web app fetches a token bound to the new session
		get("/api/auth/session").expect(200);
		return this;
	}

	public Answer get(String path) {
		return send(request(path).GET());
	}

	public Answer post(String path, String json) {
		return post(path, json, java.util.Map.of());
	}

	/**
	 * A POST with extra headers, e.g. the Idempotency-Key the web app's start form sends.
	 */
	public Answer post(String path, String json, java.util.Map<String, String> headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf());
		headers.forEach(request::header);
		return send(
				request.POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
	}

	/** A JSON text of a value (for request bodies). */
	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "zh-CN");
	}

	private String xsrf() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(cookie -> cookie.getValue())
			.findFirst()
			.orElse("");
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String body = response.body();
			JsonNode json = body == null || body.isBlank() ? null : JSON.readTree(body);
			return new Answer(response.statusCode(), json, body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
