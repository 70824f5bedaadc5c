package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Models that Baton did not write (src/test/resources/foreign-models), deployed as
 * Camunda Modeler does through {@code /engine-rest/deployment/create} as the demo
 * designer, each under a fresh process key; {@link #removeAll()} deletes them again with
 * everything started from them, so that other tests meet the shipped catalogue.
 */
final class ForeignModels {

	/** A kind of model, its file and whether an employee can start it from Baton. */
	enum Kind {

		ID_LESS_FLOWS("id-less-flows", true), NAMELESS("nameless", true), TWO_POOLS("two-pools", true),
		NOT_EXECUTABLE_ALONGSIDE("not-executable-alongside", true), MESSAGE_START("message-start", false),
		TIMER_START("timer-start", false), SIGNAL_START("signal-start", false), LANES("lanes", true),
		COLLAPSED_SUB_PROCESS("collapsed-sub-process", true), TEXT_ANNOTATIONS("text-annotations", true),
		FOREIGN_START_FORM("foreign-start-form", true), FOREIGN_TASK_FORM("foreign-task-form", true),
		FOREIGN_FORM_COMPONENTS("foreign-form-components", true);

		final String file;

		final boolean startable;

		Kind(String file, boolean startable) {
			this.file = file;
			this.startable = startable;
		}

	}

	private final Http http;

	private final RepositoryService repository;

	private final List<String> deployments = new ArrayList<>();

	ForeignModels(Http http, RepositoryService repository) {
		this.http = http;
		this.repository = repository;
	}

	/** Deploys the kind's file through /engine-rest as the designer; its process key. */
	String deploy(Kind kind) {
		String key = "foreign-" + kind.file + "-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> deployed = http
			.send(deployment(key, kind.file + ".bpmn", model(kind.file, key), form(kind.file, key)));
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
		deployments.add(JsonPath.read(deployed.body(), "$.id"));
		return key;
	}

	/** Sends the file to /engine-rest as the designer, as it is; the answer. */
	HttpResponse<String> send(String file, String key) {
		return http.send(deployment(key, file + ".bpmn", model(file, key), null));
	}

	void removeAll() {
		deployments.forEach(id -> repository.deleteDeployment(id, true, true, true));
		deployments.clear();
	}

	static String model(String file, String key) {
		String model = resource(file + ".bpmn", key);
		assertThat(model).as(file).isNotNull();
		return model;
	}

	/**
	 * The Camunda form deployed with the model, if the kind has one
	 * ({@code <file>.form}).
	 */
	static String form(String file, String key) {
		return resource(file + ".form", key);
	}

	private static String resource(String name, String key) {
		try (InputStream in = ForeignModels.class.getResourceAsStream("/foreign-models/" + name)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("KEY", key);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private HttpRequest.Builder deployment(String name, String fileName, String bpmn, String form) {
		String boundary = "----CamundaModeler" + UUID.randomUUID().toString().replace("-", "");
		String body = field(boundary, "deployment-name", name) + field(boundary, "deployment-source", "Camunda Modeler")
				+ file(boundary, "data", fileName, bpmn)
				+ (form == null ? "" : file(boundary, "form", name + ".form", form)) + "--" + boundary + "--\r\n";
		return http.request("/engine-rest/deployment/create", "designer", "demo")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private static String file(String boundary, String part, String fileName, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	/** GET as the user; fails on any answer but 200 (a 5xx first of all). */
	static String get(Http http, String path, String user) {
		HttpResponse<String> response = http.send(http.request(path, user, "demo").header("Accept-Language", "zh-CN"));
		assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
		return response.body();
	}

}
