package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.baton.support.BatonInstance;
import dev.baton.support.MariaDbDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Baton nodes on one MariaDB database share browser logins: sessions live in the
 * database.
 */
class SharedSessionAcrossNodesTest {

	@Test
	void sessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
		try (MariaDbDatabase database = new MariaDbDatabase();
				ConfigurableApplicationContext nodeA = BatonInstance.start(database,
						Map.of("baton.demo.enabled", "true"));
				ConfigurableApplicationContext nodeB = BatonInstance.start(database,
						Map.of("baton.demo.enabled", "true"))) {
			HttpClient client = HttpClient.newHttpClient();
			// given the browser fetched a CSRF token from node A
			HttpResponse<String> first = client.send(HttpRequest.newBuilder(url(nodeA, "/api/auth/session")).build(),
					HttpResponse.BodyHandlers.ofString());
			String xsrf = cookie(first, "XSRF-TOKEN");
			// when wangfang logs in on node A
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(url(nodeA, "/api/auth/login"))
				.header("Content-Type", "application/json")
				.header("Cookie", "XSRF-TOKEN=" + xsrf)
				.header("X-XSRF-TOKEN", xsrf)
				.POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"wangfang\",\"password\":\"demo\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			String session = cookie(login, "BATON_SESSION");
			// then node B knows her from the same cookie
			HttpResponse<String> onB = client.send(HttpRequest.newBuilder(url(nodeB, "/api/auth/session"))
				.header("Cookie", "BATON_SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(onB.body()).contains("\"authenticated\":true", "\"id\":\"wangfang\"");
		}
	}

	private static URI url(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith(name + "="))
			.map(header -> header.substring(name.length() + 1, header.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
	}

}
