package dev.baton.engine;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.baton.support.Http;

/**
 * {@code POST /engine-rest/deployment/create} as Camunda Modeler sends it: multipart, the
 * deployment's name and source, and each file under its own name.
 */
final class EngineRestDeployments {

	private EngineRestDeployments() {
	}

	static HttpRequest.Builder create(Http http, String user, String name, Map<String, String> files) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder body = new StringBuilder();
		field(body, boundary, "deployment-name", name);
		field(body, boundary, "deployment-source", "Camunda Modeler");
		field(body, boundary, "enable-duplicate-filtering", "true");
		int part = 0;
		for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
			body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"data")
				.append(part++)
				.append("\"; filename=\"")
				.append(file.getKey())
				.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.append(file.getValue())
				.append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return http.request("/engine-rest/deployment/create", user, "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
	}

	private static void field(StringBuilder body, String boundary, String name, String value) {
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

}
