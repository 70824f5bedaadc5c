package dev.baton.notifications;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The chat platforms whose group robots Baton posts to, with each one's webhook address,
 * rate limit and rate-limit answers.
 */
enum RobotPlatform {

	/**
	 * DingTalk custom robot: {@code https://oapi.dingtalk.com/robot/send?access_token=…},
	 * signed with timestamp (ms) and {@code sign} in the query; 20 messages a minute;
	 * errcode 130101 when sent too fast.
	 */
	DINGTALK("dingtalk", "/robot/send", "access_token", 20, 0, Set.of(130101L), true),
	/**
	 * WeCom group robot: {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…},
	 * no signature (the key is the secret); 20 a minute; errcode 45009 when sent too
	 * fast.
	 */
	WECOM("wecom", "/cgi-bin/webhook/send", "key", 20, 0, Set.of(45009L), false),
	/**
	 * Feishu / Lark custom bot:
	 * {@code https://open.feishu.cn/open-apis/bot/v2/hook/<token>}, optionally signed
	 * with timestamp (s) and {@code sign} in the JSON body; 100 a minute and 5 a second;
	 * code 11232 (frequency limited) or 9499 "too many request" when sent too fast
	 * (unverified against Feishu's current documentation: 9499 counts as a rate limit
	 * only when its message says "too many"; HTTP 429 always does).
	 */
	FEISHU("feishu", "/open-apis/bot/v2/hook/", null, 100, 5, Set.of(11232L, 9499L), false);

	private final String channel;

	private final String path;

	private final String tokenParameter;

	private final int perMinute;

	private final int perSecond;

	private final Set<Long> rateLimitCodes;

	private final boolean secretRequired;

	RobotPlatform(String channel, String path, String tokenParameter, int perMinute, int perSecond,
			Set<Long> rateLimitCodes, boolean secretRequired) {
		this.channel = channel;
		this.path = path;
		this.tokenParameter = tokenParameter;
		this.perMinute = perMinute;
		this.perSecond = perSecond;
		this.rateLimitCodes = rateLimitCodes;
		this.secretRequired = secretRequired;
	}

	/** The outbox channel of this platform's messages (the target is the robot's id). */
	String channel() {
		return channel;
	}

	/**
	 * The webhook's path: exactly this, or for Feishu this followed by the token.
	 */
	String path() {
		return path;
	}

	/** The query parameter holding the token, {@code null} when it is in the path. */
	String tokenParameter() {
		return tokenParameter;
	}

	int perMinute() {
		return perMinute;
	}

	/** Messages a second, 0 when the platform only counts by the minute. */
	int perSecond() {
		return perSecond;
	}

	boolean isRateLimit(long code) {
		return rateLimitCodes.contains(code);
	}

	/** DingTalk robots are always signed: Baton refuses one without its secret. */
	boolean secretRequired() {
		return secretRequired;
	}

	/** Whether the platform knows a signing secret at all (WeCom has none). */
	boolean signs() {
		return this != WECOM;
	}

	/** How long to wait after the platform said "too fast". */
	Duration rateLimitPause() {
		return perSecond > 0 ? Duration.ofSeconds(2) : Duration.ofSeconds(30);
	}

	static Optional<RobotPlatform> of(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (RobotPlatform platform : values()) {
			if (platform.name().equalsIgnoreCase(name) || platform.channel.equalsIgnoreCase(name)) {
				return Optional.of(platform);
			}
		}
		return Optional.empty();
	}

	static Optional<RobotPlatform> ofChannel(String channel) {
		return of(channel.toUpperCase(Locale.ROOT));
	}

}
