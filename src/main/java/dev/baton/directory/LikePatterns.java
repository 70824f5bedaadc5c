package dev.baton.directory;

import java.util.regex.Pattern;

/** SQL LIKE patterns: escaping user text for them, and matching them in memory. */
final class LikePatterns {

	private LikePatterns() {
	}

	/**
	 * Escapes {@code \}, {@code %} and {@code _} with {@code \} so the text matches
	 * literally.
	 */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Whether the value matches a LIKE pattern ({@code %} any text, {@code _} one
	 * character), ignoring case.
	 */
	static boolean matches(String pattern, String value) {
		if (value == null) {
			return false;
		}
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			if (c == '%' || c == '_') {
				regex.append(Pattern.quote(literal.toString()));
				literal.setLength(0);
				regex.append(c == '%' ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		regex.append(Pattern.quote(literal.toString()));
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
			.matcher(value)
			.matches();
	}

}
