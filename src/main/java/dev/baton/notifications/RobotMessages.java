package dev.baton.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message's JSON body as each platform takes it: DingTalk markdown (mentioning people
 * by mobile), WeCom markdown (at most 4096 bytes), a Feishu interactive card with a
 * button.
 */
final class RobotMessages {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int WECOM_MAX_BYTES = 4096;

	private RobotMessages() {
	}

	static String dingTalk(DeliveryTexts.Text text, List<String> mobiles) {
		StringBuilder markdown = new StringBuilder("#### ").append(text.headline()).append("\n\n");
		text.lines().forEach(line -> markdown.append("- ").append(line).append('\n'));
		if (text.link() != null) {
			markdown.append("\n[").append(text.linkLabel()).append("](").append(text.link()).append(")\n");
		}
		if (!mobiles.isEmpty()) {
			markdown.append('\n');
			mobiles.forEach(mobile -> markdown.append('@').append(mobile).append(' '));
		}
		ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
		body.putObject("markdown").put("title", text.headline()).put("text", markdown.toString().trim());
		ObjectNode at = body.putObject("at").put("isAtAll", false);
		ArrayNode atMobiles = at.putArray("atMobiles");
		mobiles.forEach(atMobiles::add);
		return body.toString();
	}

	static String weCom(DeliveryTexts.Text text) {
		String tail = text.link() == null ? "" : "\n[" + text.linkLabel() + "](" + text.link() + ")";
		StringBuilder markdown = new StringBuilder("**").append(text.headline()).append("**\n");
		for (String line : text.lines()) {
			String next = "> " + line + "\n";
			if (bytes(markdown + next + tail) > WECOM_MAX_BYTES) {
				break;
			}
			markdown.append(next);
		}
		String content = markdown + tail;
		while (bytes(content) > WECOM_MAX_BYTES) {
			content = content.substring(0, content.length() - 1);
		}
		ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
		body.putObject("markdown").put("content", content);
		return body.toString();
	}

	/**
	 * @param sign {@code null} for a bot without signature verification
	 */
	static String feishu(DeliveryTexts.Text text, long timestampSeconds, String sign) {
		ObjectNode body = JSON.createObjectNode();
		if (sign != null) {
			body.put("timestamp", String.valueOf(timestampSeconds)).put("sign", sign);
		}
		body.put("msg_type", "interactive");
		ObjectNode card = body.putObject("card");
		card.putObject("config").put("wide_screen_mode", true);
		ObjectNode header = card.putObject("header").put("template", "blue");
		header.putObject("title").put("tag", "plain_text").put("content", text.headline());
		ArrayNode elements = card.putArray("elements");
		if (!text.lines().isEmpty()) {
			ObjectNode div = elements.addObject().put("tag", "div");
			div.putObject("text").put("tag", "lark_md").put("content", String.join("\n", text.lines()));
		}
		if (text.link() != null) {
			ObjectNode button = elements.addObject().put("tag", "action").putArray("actions").addObject();
			button.put("tag", "button").put("type", "primary").put("url", text.link());
			button.putObject("text").put("tag", "plain_text").put("content", text.linkLabel());
		}
		return body.toString();
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
