package dev.baton.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A plain HTTP client for a Baton started on a port, for what MockMvc cannot reach (the
 * engine's Jersey REST API).
 */
public final class Http {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path));
	}

	public HttpRequest.Builder request(String path, String user, String password) {
		String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return request(path).header("Authorization", "Basic " + token);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static HttpRequest.BodyPublisher json(String body) {
		return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
	}

}
