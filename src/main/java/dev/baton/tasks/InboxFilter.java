package dev.baton.tasks;

import java.util.Locale;

/**
 * What an inbox list shows: optionally one process and a text (matched, ignoring case,
 * against the task name, the request id, the request title and the initiator's login; and
 * naming the initiators whose name, login or e-mail contains it), sorted by creation or
 * due date, one page. Only typed values: nothing here reaches SQL except as a bound
 * parameter.
 *
 * @param processKey a process key, or {@code null} for all
 * @param text text to look for, or {@code null}
 * @param sort {@code null} means {@link Sort#CREATED}
 * @param order {@code null} means newest first for {@link Sort#CREATED}, soonest first
 * for {@link Sort#DUE}
 * @param page 0-based
 * @param size 1 to {@value #MAX_SIZE}
 */
public record InboxFilter(String processKey, String text, Sort sort, Order order, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static final int MAX_TEXT = 100;

	/**
	 * Deeper pages are refused: nobody pages through ten thousand tasks, and each page
	 * costs its offset.
	 */
	public static final int MAX_OFFSET = 10_000;

	public enum Sort {

		CREATED, DUE;

		/**
		 * {@code created} or {@code due}, as the REST API spells them; {@code null} or
		 * blank means created.
		 */
		public static Sort of(String value) {
			return value == null || value.isBlank() ? CREATED : valueOf(value.trim().toUpperCase(Locale.ROOT));
		}

	}

	public enum Order {

		ASC, DESC;

		/**
		 * {@code asc} or {@code desc}; {@code null} or blank means the sort's natural
		 * order.
		 */
		public static Order of(String value) {
			return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase(Locale.ROOT));
		}

	}

	public InboxFilter {
		processKey = processKey == null || processKey.isBlank() ? null : processKey.trim();
		text = text == null || text.isBlank() ? null : text.trim();
		sort = sort == null ? Sort.CREATED : sort;
		order = order == null ? (sort == Sort.DUE ? Order.ASC : Order.DESC) : order;
		if (text != null && text.length() > MAX_TEXT) {
			throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
		}
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
		if ((long) page * size > MAX_OFFSET) {
			throw new IllegalArgumentException("pages beyond " + MAX_OFFSET + " tasks are not served");
		}
	}

	/** The first {@value #DEFAULT_SIZE} tasks, newest first. */
	public static InboxFilter firstPage() {
		return new InboxFilter(null, null, Sort.CREATED, Order.DESC, 0, DEFAULT_SIZE);
	}

	public InboxFilter withPage(int page, int size) {
		return new InboxFilter(processKey, text, sort, order, page, size);
	}

	int offset() {
		return page * size;
	}
}
