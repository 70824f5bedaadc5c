package dev.baton.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.baton.support.Http;

/** Calls to the engine's REST API on the running server, as a demo user. */
final class EngineRestCalls {

	private final Http http;

	EngineRestCalls(Http http) {
		this.http = http;
	}

	HttpResponse<String> call(String method, String path, String user) {
		return call(method, path, user, null, null);
	}

	HttpResponse<String> call(String method, String path, String user, String jsonBody) {
		return call(method, path, user, jsonBody, null);
	}

	HttpResponse<String> call(String method, String path, String user, String jsonBody, String language) {
		HttpRequest.Builder request = http.request(path, user, "demo");
		if (language != null) {
			request.header("Accept-Language", language);
		}
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : Http.json(jsonBody));
		return http.send(request);
	}

}
