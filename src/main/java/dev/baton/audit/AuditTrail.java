package dev.baton.audit;

import dev.baton.calendar.CalendarChanged;
import dev.baton.directory.DirectoryChanged;
import dev.baton.modeling.ProcessModelChanged;
import dev.baton.security.CurrentUser;
import dev.baton.settings.SettingsChanged;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the changes other modules announce to the approval ledger, as entries without a
 * request, in the transaction of the change (the events are published inside it): a
 * change that rolls back leaves no entry, and no change goes unrecorded.
 */
@Component
class AuditTrail {

	private final ApprovalLedger ledger;

	private final CurrentUser currentUser;

	AuditTrail(ApprovalLedger ledger, CurrentUser currentUser) {
		this.ledger = ledger;
		this.currentUser = currentUser;
	}

	@EventListener
	void on(ProcessModelChanged change) {
		String definition = change.processDefinitionId() != null ? change.processDefinitionId()
				: change.processKey() + ":draft";
		String comment = switch (change.kind()) {
			case PUBLISHED -> "v" + change.version();
			case ROLLED_BACK -> "v" + change.fromVersion() + " → v" + change.version();
			case DRAFT_DISCARDED -> change.fromVersion() == null ? null : "based on v" + change.fromVersion();
		};
		append(definition, change.actorId(), null, change.kind().code(), comment);
	}

	@EventListener
	void on(DirectoryChanged change) {
		// a change no person made (the demo organisation at startup) has no actor
		append(null, currentUser.optionalId().orElse(null), change.subjectId(), change.kind().code(), change.detail());
	}

	@EventListener
	void on(SettingsChanged change) {
		append(null, change.actorId(), null, change.part() + "-changed", null);
	}

	@EventListener
	void on(CalendarChanged change) {
		append(null, change.actorId(), null, change.part() + "-changed", change.detail());
	}

	private void append(String processDefinitionId, String actorId, String targetId, String decision, String comment) {
		ledger.append(new LedgerEntry(null, null, null, processDefinitionId, null, null, null, actorId, targetId,
				decision, comment, null, null));
	}

}
