package dev.baton.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path of an {@code /engine-rest} call as the engine's REST API will route it, or
 * nothing when the address is one Baton does not accept. Rules are checked against this
 * path, so it must never differ from what Jersey sees: anything that could make the two
 * disagree is refused rather than interpreted — {@code ;} (matrix parameters), encoded
 * {@code /}, {@code \}, {@code %} or {@code .}, empty segments ({@code //}), dot segments
 * and control characters. What is left is decoded once; a single trailing slash is
 * dropped (Jersey routes {@code /version/} like {@code /version}), and the optional
 * {@code /engine/{name}} prefix of a named engine is removed. Letter case is kept: the
 * REST API's paths are case-sensitive and the rules match them exactly, so another case
 * is simply not allowed.
 */
final class EngineRestPath {

	static final String PREFIX = "/engine-rest";

	private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[A-Za-z0-9_-]+(?=/|$)");

	private static final Pattern FORBIDDEN_ENCODED = Pattern.compile("%(2f|5c|25|2e|3b|00)", Pattern.CASE_INSENSITIVE);

	private EngineRestPath() {
	}

	/**
	 * @param requestUri the raw request URI (not decoded), without the context path
	 * @return the path inside {@code /engine-rest}, starting with {@code /} (just
	 * {@code /} for the root); empty when the address must be refused
	 */
	static Optional<String> of(String requestUri) {
		if (requestUri == null || !requestUri.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String raw = requestUri.substring(PREFIX.length());
		if (!raw.isEmpty() && raw.charAt(0) != '/') {
			return Optional.empty(); // "/engine-restXYZ"
		}
		if (raw.indexOf(';') >= 0 || raw.indexOf('\\') >= 0 || FORBIDDEN_ENCODED.matcher(raw).find()) {
			return Optional.empty();
		}
		Optional<String> decoded = decode(raw);
		if (decoded.isEmpty()) {
			return Optional.empty();
		}
		String path = decoded.get();
		if (path.contains("//")) {
			return Optional.empty();
		}
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		for (String segment : path.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return Optional.empty();
			}
			for (int i = 0; i < segment.length(); i++) {
				if (Character.isISOControl(segment.charAt(i))) {
					return Optional.empty();
				}
			}
		}
		path = NAMED_ENGINE.matcher(path).replaceFirst("");
		return Optional.of(path.isEmpty() ? "/" : path);
	}

	/** Percent-decoding as UTF-8, refusing malformed escapes and invalid UTF-8. */
	static Optional<String> decode(String raw) {
		if (raw.indexOf('%') < 0) {
			return Optional.of(raw);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return Optional.empty();
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return Optional.empty();
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c > 0x7f) {
				return Optional.empty(); // a raw URI is ASCII
			}
			else {
				bytes.write(c);
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException malformed) {
			return Optional.empty();
		}
	}

	/** GET and HEAD read; OPTIONS only describes. */
	static boolean isRead(String method) {
		String upper = method.toUpperCase(Locale.ROOT);
		return upper.equals("GET") || upper.equals("HEAD") || upper.equals("OPTIONS");
	}

}
