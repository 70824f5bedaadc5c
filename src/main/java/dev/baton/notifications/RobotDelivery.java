package dev.baton.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.springframework.stereotype.Component;

/**
 * Posts to the group robots: the outbox's rows of channels {@code dingtalk},
 * {@code wecom} and {@code feishu} (target: the robot's id), and an administrator's test
 * message. Each message is signed as its platform documents, waits for a send slot of
 * {@link RobotRateLimit}, and the platform's "too fast" answers are
 * {@link Delivery.Later}. A webhook address or secret never appears in an error or a log.
 */
@Component
class RobotDelivery {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Robots robots;

	private final RobotWebhooks webhooks;

	private final RobotRateLimit rateLimit;

	private final DeliveryTexts texts;

	private final Directory directory;

	private final Clock clock = Clock.systemUTC();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	RobotDelivery(Robots robots, RobotWebhooks webhooks, RobotRateLimit rateLimit, DeliveryTexts texts,
			Directory directory) {
		this.robots = robots;
		this.webhooks = webhooks;
		this.rateLimit = rateLimit;
		this.texts = texts;
		this.directory = directory;
	}

	/** Delivers one outbox row of a robot channel. */
	Delivery send(RobotPlatform platform, OutboxMessage message) {
		Optional<Robots.Webhook> webhook = robots.webhook(message.target());
		if (webhook.isEmpty() || webhook.get().platform() != platform) {
			return new Delivery.Undeliverable("The robot was removed or changed its platform");
		}
		DeliveryPayload payload = DeliveryPayload.parse(message.payload());
		DeliveryTexts.Text text = texts.group(payload, texts.companyLocale());
		return post(webhook.get(), text, mobiles(payload.people()));
	}

	/** An administrator's test message, sent at once in the given language. */
	Delivery sendTest(String robotId, Locale locale) {
		Robots.Webhook webhook = robots.webhook(robotId).orElseThrow(Robots::notFound);
		String name = robots.find(robotId).map(Robots.Robot::name).orElse("");
		DeliveryTexts.Text text = new DeliveryTexts.Text(texts.get(locale, "notifications.robot.test.headline"),
				List.of(texts.get(locale, "notifications.robot.test.body", name)), texts.baseUrl().orElse(null),
				texts.get(locale, "notifications.text.open"));
		return post(webhook, text, List.of());
	}

	private Delivery post(Robots.Webhook webhook, DeliveryTexts.Text text, List<String> mobiles) {
		if (webhook.url() == null) {
			return new Delivery.Undeliverable("The robot's webhook cannot be decrypted: enter it again");
		}
		// a webhook an administrator saved before the allowed hosts changed is not posted
		// to
		if (webhooks.problem(webhook.platform(), webhook.url()).isPresent()) {
			return new Delivery.Undeliverable("The webhook address is not allowed for " + webhook.platform());
		}
		Optional<Duration> wait = rateLimit.take(webhook.robotId(), webhook.platform());
		if (wait.isPresent()) {
			return new Delivery.Later(wait.get(), "Rate limit of " + webhook.platform() + ": waiting");
		}
		String url = webhook.url();
		String body;
		long now = clock.millis();
		switch (webhook.platform()) {
			case DINGTALK -> {
				if (webhook.secret() != null) {
					url = url + "&timestamp=" + now + "&sign=" + RobotSigning.dingTalk(webhook.secret(), now);
				}
				body = RobotMessages.dingTalk(text, mobiles);
			}
			case WECOM -> body = RobotMessages.weCom(text);
			default -> {
				long seconds = now / 1000;
				body = RobotMessages.feishu(text, seconds,
						webhook.secret() == null ? null : RobotSigning.feishu(webhook.secret(), seconds));
			}
		}
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return answer(webhook, response);
		}
		catch (IOException failure) {
			return new Delivery.Failed(scrub(webhook, failure.getClass().getSimpleName()
					+ (failure.getMessage() == null ? "" : ": " + failure.getMessage())));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Delivery.Failed("Interrupted");
		}
	}

	private Delivery answer(Robots.Webhook webhook, HttpResponse<String> response) {
		RobotPlatform platform = webhook.platform();
		if (response.statusCode() == 429) {
			return new Delivery.Later(platform.rateLimitPause(), "HTTP 429 from " + platform);
		}
		JsonNode json;
		try {
			json = JSON.readTree(response.body());
		}
		catch (IOException notJson) {
			json = null;
		}
		if (response.statusCode() / 100 != 2 && (json == null || !json.isObject())) {
			return new Delivery.Failed("HTTP " + response.statusCode() + " from " + platform);
		}
		if (json == null || !json.isObject()) {
			return new Delivery.Failed("An answer that is not JSON from " + platform);
		}
		JsonNode codeNode = json.has("errcode") ? json.get("errcode")
				: json.has("code") ? json.get("code") : json.get("StatusCode");
		long code = codeNode == null ? -1 : codeNode.asLong(-1);
		String text = json.has("errmsg") ? json.get("errmsg").asText()
				: json.has("msg") ? json.get("msg").asText() : json.path("StatusMessage").asText("");
		if (code == 0 && response.statusCode() / 100 == 2) {
			return new Delivery.Sent();
		}
		String reason = scrub(webhook, platform + " answered " + code + (text.isEmpty() ? "" : ": " + text));
		if (platform.isRateLimit(code) && (code != 9499 || text.toLowerCase(Locale.ROOT).contains("too many"))) {
			return new Delivery.Later(platform.rateLimitPause(), reason);
		}
		return new Delivery.Failed(reason);
	}

	private List<String> mobiles(List<String> people) {
		return directory.people(people)
			.stream()
			.map(Person::phone)
			.filter(phone -> phone != null && phone.matches("\\+?[0-9-]{5,20}"))
			.toList();
	}

	private String scrub(Robots.Webhook webhook, String text) {
		String scrubbed = text;
		Optional<String> token = webhooks.token(webhook.platform(), URI.create(webhook.url()));
		if (token.isPresent()) {
			scrubbed = scrubbed.replace(token.get(), "••••");
		}
		if (webhook.secret() != null) {
			scrubbed = scrubbed.replace(webhook.secret(), "••••");
		}
		return scrubbed;
	}

}
