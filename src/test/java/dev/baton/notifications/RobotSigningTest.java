package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The robot platforms' signatures and which webhook addresses a robot may have. The
 * expected signatures were computed outside Java, with
 * {@code printf '%s' "$timestamp\n$secret" | openssl dgst -sha256 -hmac "$secret" -binary | base64}
 * (DingTalk) and
 * {@code printf '' | openssl dgst -sha256 -hmac "$timestamp\n$secret" -binary | base64}
 * (Feishu), following each platform's documented formula.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RobotSigningTest {

	final RobotWebhooks webhooks = new RobotWebhooks("oapi.dingtalk.com", "qyapi.weixin.qq.com",
			"open.feishu.cn,open.larksuite.com", "");

	@Test
	void dingtalk_signs_timestamp_newline_secret_with_the_secret_and_url_encodes_it() {
		// given the secret and a timestamp in milliseconds, then the query's sign is
		assertThat(RobotSigning.dingTalk("SECtestsecret", 1700000000000L))
			.isEqualTo("7LVwF0dAF3%2F%2BMRRulbpE4y72Ogzykc6bS2nG4I99T4s%3D");
	}

	@Test
	void feishu_signs_nothing_with_timestamp_newline_secret_as_the_key() {
		// given the secret and a timestamp in seconds, then the body's sign is
		assertThat(RobotSigning.feishu("feishusecret", 1700000000L))
			.isEqualTo("5Wc8F8b2vZlNjoVFpK6BAaovMobglP4Rm1FzmEq/rCU=");
	}

	@Test
	void a_webhook_must_be_https_to_the_platforms_own_host_with_its_token() {
		String token = "0123456789abcdef0123456789abcdef";
		assertThat(
				webhooks.problem(RobotPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=" + token))
			.isEmpty();
		assertThat(
				webhooks.problem(RobotPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + token))
			.isEmpty();
		assertThat(webhooks.problem(RobotPlatform.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/" + token))
			.isEmpty();
		// not https
		assertThat(
				webhooks.problem(RobotPlatform.DINGTALK, "http://oapi.dingtalk.com/robot/send?access_token=" + token))
			.contains("notifications.robot.webhook.https");
		// another host, an internal address, a look-alike, a user part, another port
		for (String url : new String[] { "https://10.0.0.8/robot/send?access_token=" + token,
				"https://169.254.169.254/robot/send?access_token=" + token,
				"https://oapi.dingtalk.com.evil.example/robot/send?access_token=" + token,
				"https://oapi.dingtalk.com:8443/robot/send?access_token=" + token,
				"https://qyapi.weixin.qq.com/robot/send?access_token=" + token }) {
			assertThat(webhooks.problem(RobotPlatform.DINGTALK, url)).as(url).isPresent();
		}
		assertThat(webhooks.problem(RobotPlatform.DINGTALK,
				"https://x@oapi.dingtalk.com/robot/send?access_token=" + token))
			.isPresent();
		// no token, another path, extra parameters
		assertThat(webhooks.problem(RobotPlatform.DINGTALK, "https://oapi.dingtalk.com/robot/send"))
			.contains("notifications.robot.webhook.token");
		assertThat(webhooks.problem(RobotPlatform.WECOM,
				"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + token + "&debug=1"))
			.contains("notifications.robot.webhook.token");
		assertThat(webhooks.problem(RobotPlatform.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/../x"))
			.isPresent();
	}

	@Test
	void the_console_sees_a_webhook_without_its_token() {
		String token = "0123456789abcdef0123456789abWXYZ";
		String hint = webhooks.hint(RobotPlatform.DINGTALK,
				"https://oapi.dingtalk.com/robot/send?access_token=" + token);
		assertThat(hint).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=••••WXYZ").doesNotContain(token);
		assertThat(webhooks.hint(RobotPlatform.FEISHU, "https://open.feishu.cn/open-apis/bot/v2/hook/" + token))
			.isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/••••WXYZ");
		assertThat(webhooks.token(RobotPlatform.WECOM,
				URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + token)))
			.contains(token);
	}

}
