package dev.baton.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures DingTalk and Feishu check on a custom robot's messages. */
final class RobotSigning {

	private RobotSigning() {
	}

	/**
	 * DingTalk:
	 * {@code base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret))},
	 * URL-encoded for the query string.
	 * @param timestampMillis milliseconds since the epoch, within an hour of DingTalk's
	 * clock
	 */
	static String dingTalk(String secret, long timestampMillis) {
		String sign = hmac(secret.getBytes(StandardCharsets.UTF_8),
				(timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
		return URLEncoder.encode(sign, StandardCharsets.UTF_8);
	}

	/**
	 * Feishu / Lark: {@code base64(HmacSHA256(key = timestamp + "\n" + secret, data =
	 * empty))}, sent in the JSON body with the timestamp.
	 * @param timestampSeconds seconds since the epoch
	 */
	static String feishu(String secret, long timestampSeconds) {
		return hmac((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]);
	}

	private static String hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
