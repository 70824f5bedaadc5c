package dev.baton.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Baton's REST API as a demo user calls it (HTTP Basic, password {@code demo}), through
 * MockMvc, answering JSON: start a request, read lists and pages, act on tasks.
 */
public final class BatonApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MockMvc http;

	private final String language;

	public BatonApi(MockMvc http) {
		this(http, "zh-CN");
	}

	public BatonApi(MockMvc http, String language) {
		this.http = http;
		this.language = language;
	}

	public BatonApi in(String otherLanguage) {
		return new BatonApi(http, otherLanguage);
	}

	/** Any call, as the user, in this client's language. */
	public ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return http.perform(request.with(httpBasic(user, "demo")).header("Accept-Language", language));
	}

	/**
	 * GET with query parameters given as name, value, name, value …; expects 200.
	 */
	public JsonNode get(String user, String path, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		for (int i = 0; i + 1 < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return body(as(user, request).andExpect(status().isOk()));
	}

	/** POST of a JSON body; the answer as it comes. */
	public ResultActions post(String user, String path, Object body) throws Exception {
		return as(user,
				MockMvcRequestBuilders.post(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body instanceof String text ? text : JSON.writeValueAsString(body)));
	}

	/** Starts a request of the process with the start form's data; its id. */
	public String start(String user, String processKey, Map<String, Object> data) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("processKey", processKey);
		body.put("data", data);
		return body(post(user, "/api/requests", body).andExpect(status().isCreated())).path("id").asText();
	}

	public JsonNode request(String user, String requestId) throws Exception {
		return get(user, "/api/requests/" + requestId);
	}

	/**
	 * Completes a task: {@code approve} with data, or {@code reject}/{@code return} with
	 * a comment; expects 200.
	 */
	public void decide(String user, String taskId, String decision, String comment, Map<String, Object> data)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", decision);
		body.put("comment", comment);
		body.put("data", data);
		post(user, "/api/tasks/" + taskId + "/complete", body).andExpect(status().isOk());
	}

	public void returnTo(String user, String taskId, String target, String comment) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", "return");
		body.put("comment", comment);
		body.put("returnTo", target);
		post(user, "/api/tasks/" + taskId + "/complete", body).andExpect(status().isOk());
	}

	public void claim(String user, String taskId) throws Exception {
		as(user, MockMvcRequestBuilders.post("/api/tasks/" + taskId + "/claim")).andExpect(status().isOk());
	}

	public static JsonNode body(ResultActions response) throws Exception {
		return JSON.readTree(response.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The JSON array's entries' values at a field, as text. */
	public static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.path(field).asText()));
		return values;
	}

}
