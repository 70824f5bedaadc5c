package dev.baton.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A column the organisation import understands: its field name (used in problems),
 * whether the file must have it, and the headers that mean it, in English and Chinese.
 * Headers match ignoring case, spaces, {@code _}, {@code -}, {@code .} and {@code /}.
 */
interface ImportColumn {

	/**
	 * What a column is; the column enums each hold one, so they share these accessors.
	 */
	record Definition(String field, boolean required, String label, Set<String> headers) {

		Definition(String field, boolean required, String label, String... headers) {
			this(field, required, label, Set.of(headers));
		}
	}

	Definition definition();

	default String field() {
		return definition().field();
	}

	default boolean required() {
		return definition().required();
	}

	/** How the documentation and problems name the column, e.g. {@code login / 账号}. */
	default String label() {
		return definition().label();
	}

	/**
	 * The Chinese header Baton writes in its own workbooks (the part of the label after
	 * {@code /}); one of {@link #headers()}.
	 */
	default String chineseHeader() {
		String label = label();
		return label.substring(label.indexOf('/') + 1).trim();
	}

	default Set<String> headers() {
		return definition().headers();
	}

	static String normalize(String header) {
		return header == null ? ""
				: header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000_\\-./]", "");
	}

}
