package dev.baton.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * What a browser holds after logging in to a Baton on a port, over real HTTP: the session
 * cookie and the CSRF token, sent with each request as the web app sends them.
 */
public final class BrowserSession {

	public static final String SESSION_COOKIE = "BATON_SESSION";

	private final Http http;

	private final String session;

	private final String xsrf;

	private BrowserSession(Http http, String session, String xsrf) {
		this.http = http;
		this.session = session;
		this.xsrf = xsrf;
	}

	/** Fetches a CSRF token and logs in; fails the test unless the login succeeds. */
	public static BrowserSession logIn(Http http, String login, String password) {
		String xsrf = xsrfToken(http);
		HttpResponse<String> response = http.send(http.request("/api/auth/login")
			.header("Content-Type", "application/json")
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.header("X-XSRF-TOKEN", xsrf)
			.POST(Http.json("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}")));
		if (response.statusCode() != 200) {
			throw new AssertionError(
					"login of " + login + " answered " + response.statusCode() + ": " + response.body());
		}
		String session = cookie(response, SESSION_COOKIE)
			.orElseThrow(() -> new AssertionError("no session cookie after login: " + response.headers()));
		return new BrowserSession(http, session, xsrf);
	}

	/** A fresh CSRF token, as the login page fetches it. */
	public static String xsrfToken(Http http) {
		HttpResponse<String> response = http.send(http.request("/api/auth/session"));
		return cookie(response, "XSRF-TOKEN")
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + response.headers()));
	}

	/** The value of a cookie the response sets, if it sets it. */
	public static Optional<String> cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith(name + "="))
			.map(header -> header.substring(name.length() + 1,
					header.contains(";") ? header.indexOf(';') : header.length()))
			.findFirst();
	}

	/**
	 * The session's id as the database stores it (the cookie holds it base64-encoded).
	 */
	public String storedSessionId() {
		return new String(java.util.Base64.getDecoder().decode(session), java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The same cookies without the CSRF header, as another tab would send a plain GET.
	 */
	public String cookieHeader() {
		return SESSION_COOKIE + "=" + session + "; XSRF-TOKEN=" + xsrf;
	}

	/** A request carrying the session cookie, the CSRF cookie and header. */
	public HttpRequest.Builder request(String path) {
		return http.request(path)
			.header("Cookie", SESSION_COOKIE + "=" + session + "; XSRF-TOKEN=" + xsrf)
			.header("X-XSRF-TOKEN", xsrf)
			.header("X-Requested-With", "XMLHttpRequest");
	}

	public HttpResponse<String> get(String path) {
		return http.send(request(path));
	}

	public HttpResponse<String> post(String path, String json) {
		return http.send(request(path).header("Content-Type", "application/json").POST(Http.json(json)));
	}

	public HttpResponse<String> delete(String path) {
		return http.send(request(path).DELETE());
	}

}
