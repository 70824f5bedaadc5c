package dev.baton.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions in a comment as the web app writes them: {@code @张伟(zhangwei)}, a label for
 * the reader followed by the person's id in parentheses. Only the id counts; the label is
 * never trusted.
 */
final class Mentions {

	/** The label (no {@code @}, parentheses or line breaks) and a login. */
	private static final Pattern MENTION = Pattern.compile("@[^@()\\r\\n]{1,100}\\(([a-z0-9][a-z0-9._-]{0,63})\\)");

	/** At most this many people are told about one comment. */
	static final int MAX = 20;

	private Mentions() {
	}

	/** The ids mentioned, each once, in order, at most {@link #MAX}. */
	static List<String> in(String comment) {
		if (comment == null || comment.indexOf('@') < 0) {
			return List.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(comment);
		while (matcher.find() && ids.size() < MAX) {
			ids.add(matcher.group(1));
		}
		return List.copyOf(ids);
	}

}
