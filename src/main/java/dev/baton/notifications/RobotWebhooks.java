package dev.baton.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which webhook addresses a robot may have: https to its platform's own host, on the
 * standard port, with the platform's path and a token — never an address inside the
 * company's network (no SSRF through a robot). {@code baton.robots.hosts.<platform>}
 * names the hosts; {@code baton.robots.local-hosts} (tests only) names hosts reached over
 * plain http on any port.
 */
@Component
class RobotWebhooks {

	private static final int MAX_LENGTH = 1000;

	private final Map<RobotPlatform, Set<String>> hosts = new EnumMap<>(RobotPlatform.class);

	private final Set<String> localHosts;

	RobotWebhooks(@Value("${baton.robots.hosts.dingtalk:oapi.dingtalk.com}") String dingTalk,
			@Value("${baton.robots.hosts.wecom:qyapi.weixin.qq.com}") String weCom,
			@Value("${baton.robots.hosts.feishu:open.feishu.cn,open.larksuite.com}") String feishu,
			@Value("${baton.robots.local-hosts:}") String localHosts) {
		hosts.put(RobotPlatform.DINGTALK, split(dingTalk));
		hosts.put(RobotPlatform.WECOM, split(weCom));
		hosts.put(RobotPlatform.FEISHU, split(feishu));
		this.localHosts = split(localHosts);
	}

	/**
	 * Why the address cannot be this platform's webhook (a message key), or empty when it
	 * can.
	 */
	Optional<String> problem(RobotPlatform platform, String url) {
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException e) {
			return Optional.of("notifications.robot.webhook.invalid");
		}
		if (url.length() > MAX_LENGTH || uri.getHost() == null || uri.getUserInfo() != null
				|| uri.getFragment() != null) {
			return Optional.of("notifications.robot.webhook.invalid");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		boolean local = localHosts.contains(host);
		if (!local && !"https".equals(uri.getScheme())) {
			return Optional.of("notifications.robot.webhook.https");
		}
		if (!local && (!hosts.get(platform).contains(host) || (uri.getPort() != -1 && uri.getPort() != 443))) {
			return Optional.of("notifications.robot.webhook.host");
		}
		if (local && !"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			return Optional.of("notifications.robot.webhook.https");
		}
		if (token(platform, uri).isEmpty()) {
			return Optional.of("notifications.robot.webhook.token");
		}
		return Optional.empty();
	}

	/** The hosts the platform's webhooks may point at, for the console's hint. */
	Set<String> hostsOf(RobotPlatform platform) {
		return hosts.get(platform);
	}

	/**
	 * What the console shows of a webhook: everything but the token, whose last four
	 * characters alone are shown.
	 */
	String hint(RobotPlatform platform, String url) {
		URI uri = URI.create(url.trim());
		String token = token(platform, uri).orElse("");
		String masked = "••••" + (token.length() > 8 ? token.substring(token.length() - 4) : "");
		String base = uri.getScheme() + "://" + uri.getRawAuthority();
		if (platform.tokenParameter() == null) {
			return base + platform.path() + masked;
		}
		return base + uri.getRawPath() + "?" + platform.tokenParameter() + "=" + masked;
	}

	/** The token of a webhook address, the part that must never be shown or logged. */
	Optional<String> token(RobotPlatform platform, URI uri) {
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		if (platform.tokenParameter() == null) {
			if (!path.startsWith(platform.path()) || uri.getRawQuery() != null) {
				return Optional.empty();
			}
			String token = path.substring(platform.path().length());
			return token.matches("[A-Za-z0-9_-]{8,200}") ? Optional.of(token) : Optional.empty();
		}
		if (!path.equals(platform.path()) || uri.getRawQuery() == null) {
			return Optional.empty();
		}
		String[] parameters = uri.getRawQuery().split("&");
		if (parameters.length != 1) {
			return Optional.empty();
		}
		String prefix = platform.tokenParameter() + "=";
		return Arrays.stream(parameters)
			.filter(parameter -> parameter.startsWith(prefix))
			.map(parameter -> parameter.substring(prefix.length()))
			.filter(token -> token.matches("[A-Za-z0-9_-]{8,200}"))
			.findFirst();
	}

	private static Set<String> split(String list) {
		return Arrays.stream(list.split(","))
			.map(String::trim)
			.filter(host -> !host.isEmpty())
			.map(host -> host.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
