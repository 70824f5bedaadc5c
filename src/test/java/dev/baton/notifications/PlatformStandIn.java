package dev.baton.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * DingTalk, WeCom and Feishu as a robot's webhook meets them, on this machine over plain
 * http: each checks the token and the signature exactly as its platform documents it
 * (recomputed here from the secret, independently of Baton's code) and answers as the
 * platform does — {@code errcode}/{@code code} 0, 310000 / 19021 for a bad signature,
 * 93000 for an unknown WeCom key — unless a test scripted other answers first.
 */
final class PlatformStandIn implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A message a platform accepted. */
	record Accepted(String platform, String token, JsonNode body) {
	}

	/** An answer a test scripts: the HTTP status and the body. */
	record Answer(int status, String body) {
	}

	private final HttpServer server;

	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();

	final List<Accepted> accepted = new CopyOnWriteArrayList<>();

	/** Every request that reached the stand-in, accepted or not. */
	final List<String> requests = new CopyOnWriteArrayList<>();

	PlatformStandIn() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/robot/send", this::dingTalk);
		server.createContext("/cgi-bin/webhook/send", this::weCom);
		server.createContext("/open-apis/bot/v2/hook/", this::feishu);
		server.start();
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** A robot the platform knows: its token and signing secret ({@code null}: none). */
	void robot(String token, String secret) {
		secrets.put(token, secret == null ? "" : secret);
	}

	/** Answers the robot's next requests with these, in order, before the usual ones. */
	void script(String token, Answer... answers) {
		scripted.computeIfAbsent(token, key -> new ArrayDeque<>()).addAll(List.of(answers));
	}

	List<Accepted> acceptedFor(String token) {
		return accepted.stream().filter(message -> message.token().equals(token)).toList();
	}

	private void dingTalk(HttpExchange exchange) throws IOException {
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		String token = query.getOrDefault("access_token", "");
		requests.add("dingtalk:" + token);
		if (!secrets.containsKey(token)) {
			answer(exchange, 200, "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}");
			return;
		}
		String secret = secrets.get(token);
		// https://open.dingtalk.com: sign = urlEncode(base64(HmacSHA256(secret, timestamp
		// + "\n" + secret)))
		String timestamp = query.get("timestamp");
		String sign = query.get("sign");
		if (!secret.isEmpty() && (timestamp == null || sign == null
				|| Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) > 3_600_000L
				|| !URLDecoder.decode(sign, StandardCharsets.UTF_8)
					.equals(hmac(secret.getBytes(StandardCharsets.UTF_8),
							(timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8))))) {
			answer(exchange, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
			return;
		}
		acceptOrScripted(exchange, "dingtalk", token, "{\"errcode\":0,\"errmsg\":\"ok\"}");
	}

	private void weCom(HttpExchange exchange) throws IOException {
		String token = query(exchange.getRequestURI().getRawQuery()).getOrDefault("key", "");
		requests.add("wecom:" + token);
		if (!secrets.containsKey(token)) {
			answer(exchange, 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
			return;
		}
		acceptOrScripted(exchange, "wecom", token, "{\"errcode\":0,\"errmsg\":\"ok\"}");
	}

	private void feishu(HttpExchange exchange) throws IOException {
		String token = exchange.getRequestURI().getPath().substring("/open-apis/bot/v2/hook/".length());
		requests.add("feishu:" + token);
		if (!secrets.containsKey(token)) {
			answer(exchange, 404, "{\"code\":19001,\"msg\":\"param invalid: incoming webhook access token invalid\"}");
			return;
		}
		String secret = secrets.get(token);
		if (!secret.isEmpty()) {
			// https://open.feishu.cn: sign = base64(HmacSHA256(key = timestamp + "\n" +
			// secret, data = ""))
			byte[] raw = read(exchange);
			JsonNode body = JSON.readTree(raw);
			String timestamp = body.path("timestamp").asText("");
			boolean signed = !timestamp.isEmpty()
					&& Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) <= 3600
					&& body.path("sign")
						.asText("")
						.equals(hmac((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]));
			if (!signed) {
				answer(exchange, 200,
						"{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");
				return;
			}
			respond(exchange, "feishu", token, raw, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");
			return;
		}
		acceptOrScripted(exchange, "feishu", token, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");
	}

	private void acceptOrScripted(HttpExchange exchange, String platform, String token, String ok) throws IOException {
		respond(exchange, platform, token, read(exchange), ok);
	}

	private void respond(HttpExchange exchange, String platform, String token, byte[] body, String ok)
			throws IOException {
		Deque<Answer> answers = scripted.get(token);
		Answer next = answers == null ? null : answers.pollFirst();
		if (next != null) {
			answer(exchange, next.status(), next.body());
			return;
		}
		accepted.add(new Accepted(platform, token, JSON.readTree(body)));
		answer(exchange, 200, ok);
	}

	private static byte[] read(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return in.readAllBytes();
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> parameters = new ConcurrentHashMap<>();
		if (raw == null) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			int at = pair.indexOf('=');
			if (at > 0) {
				// kept raw: the sign is checked after decoding it once, as the platform
				// does
				parameters.put(pair.substring(0, at), pair.substring(at + 1));
			}
		}
		return parameters;
	}

	static String hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String urlEncode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
