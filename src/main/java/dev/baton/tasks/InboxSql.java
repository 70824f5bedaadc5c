package dev.baton.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL text of the inbox read model from constant fragments, and the values bound to its
 * placeholders, in order.
 */
final class InboxSql {

	private final StringBuilder text = new StringBuilder();

	private final List<Object> params = new ArrayList<>();

	InboxSql(String fragment, Object... values) {
		append(fragment, values);
	}

	InboxSql append(String fragment, Object... values) {
		text.append(fragment);
		params.addAll(List.of(values));
		return this;
	}

	/** Binds more values, for placeholders already in the text. */
	InboxSql addAll(java.util.Collection<?> values) {
		params.addAll(values);
		return this;
	}

	InboxSql append(InboxSql other) {
		text.append(other.text);
		params.addAll(other.params);
		return this;
	}

	/**
	 * The filter's conditions on the task row {@code t}: the text is found in the step
	 * name, the request id, the title or the initiator's login, or names one of the
	 * initiators the directory found for it.
	 */
	InboxSql and(Search search) {
		InboxFilter filter = search.filter();
		if (filter.processKey() != null) {
			append(" AND t.process_key = ?", filter.processKey());
		}
		if (filter.text() != null) {
			String pattern = containsPattern(filter.text());
			append(" AND (LOWER(t.name) LIKE ? ESCAPE '!' OR LOWER(t.business_key) LIKE ? ESCAPE '!'"
					+ " OR LOWER(t.request_title) LIKE ? ESCAPE '!' OR LOWER(t.initiator_id) LIKE ? ESCAPE '!'",
					pattern, pattern, pattern, pattern);
			if (!search.initiators().isEmpty()) {
				append(" OR t.initiator_id IN (" + placeholders(search.initiators().size()) + ")");
				params.addAll(search.initiators());
			}
			append(")");
		}
		return this;
	}

	String text() {
		return text.toString();
	}

	Object[] params() {
		return params.toArray();
	}

	/** A filter and the people its text names. */
	record Search(InboxFilter filter, Set<String> initiators) {
	}

	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * {@code %text%} for LIKE … ESCAPE '!', lower case, with the text's own wildcards
	 * taken literally.
	 */
	static String containsPattern(String text) {
		StringBuilder pattern = new StringBuilder("%");
		for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if (ch == '!' || ch == '%' || ch == '_') {
				pattern.append('!');
			}
			pattern.append(ch);
		}
		return pattern.append('%').toString();
	}

}
