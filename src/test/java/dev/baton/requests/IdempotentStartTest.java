package dev.baton.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 10: {@code POST /api/requests} with an {@code Idempotency-Key} (docs/api.md) over
 * real HTTP: a double submit, ten simultaneous submits, two people with one key, a bad
 * header and a key reused for other data each leave exactly the requests they should.
 */
@BatonTest
class IdempotentStartTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PASSWORD = "demo";

	@Autowired
	MockMvc http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@LocalServerPort
	int port;

	@Test
	void theSameKeyTwiceStartsOneRequestAndAnswersItBothTimes() throws Exception {
		// given zhangwei's purchase request and a key for this fill of the form
		String title = unique("double submit");
		String key = UUID.randomUUID().toString();

		// when he submits it twice with the key
		HttpResponse<String> first = start("zhangwei", key, purchase(title));
		HttpResponse<String> second = start("zhangwei", key, purchase(title));

		// then both answers are 201 with the same request, the second marked as replayed
		assertThat(first.statusCode()).as("first").isEqualTo(201);
		assertThat(second.statusCode()).as("second").isEqualTo(201);
		String id = id(first);
		assertThat(id(second)).isEqualTo(id);
		assertThat(second.headers().firstValue("Location")).contains("/api/requests/" + id);
		assertThat(first.headers().firstValue(RequestsController.REPLAYED)).isEmpty();
		assertThat(second.headers().firstValue(RequestsController.REPLAYED)).contains("true");
		assertThat(JSON.readTree(second.body()).path("title").asText()).isEqualTo(title);
		// and exactly one request and one process instance exist
		assertThat(requestsTitled(title)).isEqualTo(1);
		assertThat(instancesTitled(title)).isEqualTo(1);
	}

	@Test
	void tenSimultaneousPostsWithOneKeyStartOneRequestAndEveryAnswerNamesIt() throws Exception {
		// given ten submits of one fill of zhangwei's form, ready to go at the same
		// moment
		String title = unique("ten at once");
		String key = UUID.randomUUID().toString();

		// when they go
		List<HttpResponse<String>> answers = simultaneously(10, () -> start("zhangwei", key, purchase(title)));

		// then every answer is 201 and names the same request
		List<String> ids = new ArrayList<>();
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as("status").isEqualTo(201);
			ids.add(id(answer));
		}
		assertThat(ids).hasSize(10).containsOnly(ids.get(0));
		// and the database holds one request and one process instance
		assertThat(requestsTitled(title)).isEqualTo(1);
		assertThat(instancesTitled(title)).isEqualTo(1);
		assertThat(answers.stream().filter(a -> a.headers().firstValue(RequestsController.REPLAYED).isEmpty()))
			.hasSize(1);
	}

	@Test
	void theSameKeyFromTwoPeopleStartsTwoRequests() throws Exception {
		// given one key that zhangwei and zhouming both happen to send
		String title = unique("two people");
		String key = "shared-key-" + UUID.randomUUID();

		// when each starts a purchase request with it
		HttpResponse<String> his = start("zhangwei", key, purchase(title));
		HttpResponse<String> hers = start("zhouming", key, purchase(title));

		// then each has a request of their own
		assertThat(his.statusCode()).as("his").isEqualTo(201);
		assertThat(hers.statusCode()).as("hers").isEqualTo(201);
		assertThat(id(his)).isNotEqualTo(id(hers));
		assertThat(requestsTitled(title)).isEqualTo(2);
	}

	@Test
	void aBadHeaderIsA400NamingItInTheCallersLanguageAndStartsNothing() throws Exception {
		// (MockMvc: Java's HTTP client would not send a header that is not ASCII)
		for (String bad : List.of("", " ", "x".repeat(101), "caf\u00e9", "申请-1", "bell\u0007", "del\u007f")) {
			// given a header that is empty, too long or not printable ASCII
			String title = unique("bad header");

			// when zhangwei starts a request with it
			MvcResult answer = http
				.perform(post("/api/requests").with(httpBasic("zhangwei", PASSWORD))
					.header("Accept-Language", "zh-CN")
					.header(IdempotencyKeys.HEADER, bad)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(purchase(title))))
				.andReturn();

			// then it is a 400 naming the header, in Chinese, and nothing started
			assertThat(answer.getResponse().getStatus()).as("status for \"%s\"", bad).isEqualTo(400);
			JsonNode problem = JSON.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
			// (control characters are refused earlier, by Spring Security's firewall)
			assertThat(problem.path("code").asText()).isEqualTo(bad.chars().anyMatch(Character::isISOControl)
					? "error.headerRejected" : "request.idempotencyKey.invalid");
			assertThat(problem.path("header").asText()).isEqualTo("Idempotency-Key");
			assertThat(problem.path("detail").asText()).contains("Idempotency-Key").contains("请求头");
			assertThat(requestsTitled(title)).isZero();
			assertThat(instancesTitled(title)).isZero();
		}
		// and a key of 100 printable characters, spaces and punctuation included, is fine
		String title = unique("longest key");
		String longest = "A key, with spaces & punctuation: ~!" + "k".repeat(64);
		assertThat(longest).hasSize(100);
		assertThat(start("zhangwei", longest, purchase(title)).statusCode()).isEqualTo(201);
	}

	@Test
	void aKeyReusedForOtherDataIsA422AndStartsNothing() throws Exception {
		// given zhangwei started a purchase request with a key
		String title = unique("first use");
		String key = UUID.randomUUID().toString();
		String id = id(start("zhangwei", key, purchase(title)));

		// when he sends the key again with other data
		String other = unique("other data");
		HttpResponse<String> answer = start("zhangwei", key, purchase(other), "en-US");

		// then it is a 422 request.idempotencyKey.reused naming the first request, and
		// nothing
		// more started
		assertThat(answer.statusCode()).as("status").isEqualTo(422);
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.path("code").asText()).isEqualTo("request.idempotencyKey.reused");
		assertThat(problem.path("requestId").asText()).isEqualTo(id);
		assertThat(problem.path("detail").asText()).contains("Idempotency-Key").contains(id);
		assertThat(problem.toString()).doesNotContain("Exception");
		assertThat(requestsTitled(other)).isZero();
		assertThat(instancesTitled(other)).isZero();
		assertThat(requestsTitled(title)).isEqualTo(1);
	}

	@Test
	void aKeyOlderThanADayIsIgnoredAndStartsANewRequest() throws Exception {
		// given zhangwei used a key 25 hours ago
		String title = unique("yesterday");
		String key = UUID.randomUUID().toString();
		String old = id(start("zhangwei", key, purchase(title)));
		jdbc.update("UPDATE baton_request_idempotency_key SET created_at = ? WHERE person_id = ? AND idem_key = ?",
				Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)), "zhangwei", key);

		// when he sends it again, even with the same data
		HttpResponse<String> answer = start("zhangwei", key, purchase(title));

		// then a new request starts and the key now names it
		assertThat(answer.statusCode()).as("status").isEqualTo(201);
		assertThat(id(answer)).isNotEqualTo(old);
		assertThat(requestsTitled(title)).isEqualTo(2);
		assertThat(jdbc.queryForObject(
				"SELECT request_id FROM baton_request_idempotency_key WHERE person_id = ? AND idem_key = ?",
				String.class, "zhangwei", key))
			.isEqualTo(id(answer));
	}

	@Test
	void withoutAKeyEverySubmitStartsARequest() throws Exception {
		// given a client that sends no key
		String title = unique("no key");

		// when it submits twice
		assertThat(start("zhangwei", null, purchase(title)).statusCode()).isEqualTo(201);
		assertThat(start("zhangwei", null, purchase(title)).statusCode()).isEqualTo(201);

		// then there are two requests, as before keys existed
		assertThat(requestsTitled(title)).isEqualTo(2);
	}

	// ---------------------------------------------------------------- helpers

	interface Call {

		HttpResponse<String> call() throws Exception;

	}

	/** Runs the call on as many threads, all released at one moment. */
	static List<HttpResponse<String>> simultaneously(int threads, Call call) throws Exception {
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			go.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(180, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	HttpResponse<String> start(String user, String key, Map<String, Object> data) throws Exception {
		return start(user, key, data, "zh-CN");
	}

	HttpResponse<String> start(String user, String key, Map<String, Object> data, String language) throws Exception {
		Http client = new Http(port);
		HttpRequest.Builder request = client.request("/api/requests", user, PASSWORD)
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(Http.json(body(data)));
		if (key != null) {
			request.header(IdempotencyKeys.HEADER, key);
		}
		return client.send(request);
	}

	static String body(Map<String, Object> data) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("processKey", "purchase-request");
		body.put("data", data);
		return JSON.writeValueAsString(body);
	}

	static Map<String, Object> purchase(String title) {
		return RequestsApiTest.purchase(title);
	}

	static String unique(String what) {
		return what + " " + UUID.randomUUID();
	}

	static String id(HttpResponse<String> answer) throws Exception {
		return JSON.readTree(answer.body()).path("id").asText();
	}

	int requestsTitled(String title) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_request WHERE title = ?", Integer.class, title);
	}

	long instancesTitled(String title) {
		return runtimeService.createProcessInstanceQuery().variableValueEquals("title", title).count();
	}

}
