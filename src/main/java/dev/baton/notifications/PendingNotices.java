package dev.baton.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.tasks.RequestReturned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notices one transaction has collected, written together just before it commits
 * (still inside it): so that the whole decision costs one look-up of group members, one
 * of requests, one of preferences and one insert, however many events it raised, and so
 * that a person told twice about one thing (a return that also gives them the step) is
 * told once. Outside a transaction each notice is written at once.
 */
@Component
class PendingNotices {

	private final NoticeWriter writer;

	PendingNotices(NoticeWriter writer) {
		this.writer = writer;
	}

	void add(Draft draft) {
		Batch batch = batch();
		if (batch == null) {
			writer.write(List.of(draft), Map.of());
		}
		else {
			batch.drafts.add(draft);
		}
	}

	/** A return in this transaction: the steps it opens are told as returned. */
	void returned(RequestReturned returned, String eventKey) {
		Batch batch = batch();
		if (batch != null) {
			batch.returns.put(returned.processInstanceId(), new Return(returned, eventKey));
		}
	}

	record Return(RequestReturned event, String eventKey) {
	}

	private Batch batch() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && !batch.written) {
				return batch;
			}
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch) {
				// written already (an event raised while the transaction commits)
				return null;
			}
		}
		Batch batch = new Batch();
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	private final class Batch implements TransactionSynchronization {

		final List<Draft> drafts = new ArrayList<>();

		final Map<String, Return> returns = new LinkedHashMap<>();

		boolean written;

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			if (!drafts.isEmpty()) {
				writer.write(drafts, returns);
			}
		}

	}

}
