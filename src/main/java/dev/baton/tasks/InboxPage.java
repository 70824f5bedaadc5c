package dev.baton.tasks;

import java.util.List;

/**
 * One page of an inbox list.
 *
 * @param total all matching tasks, not only this page's
 * @param page 0-based
 */
public record InboxPage(List<InboxTask> items, long total, int page, int size) {

	public InboxPage {
		items = List.copyOf(items);
	}
}
