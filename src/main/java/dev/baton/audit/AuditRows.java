package dev.baton.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.baton.directory.Directory;
import dev.baton.directory.PersonRef;
import dev.baton.tasks.LedgerEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns ledger entries into what the audit view and its export show: people by name, the
 * process by its key, the decision in words.
 */
@Component
class AuditRows {

	private final Directory directory;

	private final MessageSource messages;

	AuditRows(Directory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * One entry as the audit view shows it.
	 *
	 * @param processKey the process the entry concerns, {@code null} for none
	 * @param target whom or what the entry concerns (new assignee, changed person,
	 * department or role)
	 */
	record AuditRow(long id, Instant recordedAt, PersonRef actor, String decision, String decisionLabel,
			String requestId, String processInstanceId, String processKey, String stepName, PersonRef target,
			String comment, String dataHash) {
	}

	/**
	 * Names people once per use, so an export of many rows asks the directory once per
	 * person.
	 */
	Namer namer(Locale locale) {
		return new Namer(locale);
	}

	final class Namer {

		private final Map<String, PersonRef> people = new HashMap<>();

		private final Locale locale;

		private Namer(Locale locale) {
			this.locale = locale;
		}

		AuditRow row(LedgerEntry entry) {
			return new AuditRow(entry.id(), entry.recordedAt(), person(entry.actorId()), entry.decision(),
					decisionLabel(entry.decision()), entry.businessKey(), entry.processInstanceId(),
					processKey(entry.processDefinitionId()), entry.stepName(), person(entry.targetId()),
					entry.comment(), entry.dataHash());
		}

		private PersonRef person(String id) {
			return id == null ? null : people.computeIfAbsent(id, directory::ref);
		}

		String decisionLabel(String decision) {
			return messages.getMessage("audit.decision." + decision, null, decision, locale);
		}

	}

	/** {@code leave-request} of {@code leave-request:3:uuid}. */
	static String processKey(String processDefinitionId) {
		if (processDefinitionId == null) {
			return null;
		}
		int colon = processDefinitionId.indexOf(':');
		return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
	}

}
