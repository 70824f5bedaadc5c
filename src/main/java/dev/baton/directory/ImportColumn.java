package dev.baton.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A column the organisation import understands: its field name (used in problems), whether the file
 * must have it, and the headers that mean it, in English and Chinese. Headers match ignoring case,
 * spaces, {@code _}, {@code -}, {@code .} and {@code /}.
 */
interface ImportColumn {

    String field();

    boolean required();

    /** How the documentation and problems name the column, e.g. {@code login / 账号}. */
    String label();

    Set<String> headers();

    static String normalize(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u3000_\\-./]", "");
    }
}
