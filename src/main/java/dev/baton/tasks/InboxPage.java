package dev.baton.tasks;

import java.util.List;

/**
 * One page of an inbox list.
 *
 * @param total all matching tasks, not only this page's
 * @param page 0-based
 * @param counts the caller's badge counts when the list found them on the way (a list of
 * all the caller's tasks, narrowed by no process and no text, counts exactly the badges),
 * or {@code null}: then ask {@link Inbox#counts}
 */
public record InboxPage(List<InboxTask> items, long total, int page, int size, InboxCounts counts) {

	public InboxPage {
		items = List.copyOf(items);
	}

	public InboxPage(List<InboxTask> items, long total, int page, int size) {
		this(items, total, page, size, null);
	}

}
