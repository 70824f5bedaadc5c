package dev.baton.directory;

import java.util.Set;

import dev.baton.directory.LoginsRevoked.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Notices when a change to a person takes access away — they left, lost a system role or
 * got a new password — and announces {@link LoginsRevoked}, so that the sessions they
 * already have end at once. A person who leaves also loses their API tokens. Every path
 * that changes people (one at a time or by import) reports here.
 */
@Component
class AccessChanges {

	private final ApplicationEventPublisher events;

	private final ApiTokenStore tokens;

	AccessChanges(ApplicationEventPublisher events, ApiTokenStore tokens) {
		this.events = events;
		this.tokens = tokens;
	}

	/**
	 * @param wasActive whether the person was active before the change
	 * @param systemRolesBefore their system roles before the change
	 */
	void changed(PersonEntity person, boolean wasActive, Set<SystemRole> systemRolesBefore) {
		if (wasActive && !person.active()) {
			tokens.deleteAllOf(person.id());
			events.publishEvent(new LoginsRevoked(person.id(), Reason.LEFT));
		}
		else if (!person.systemRoleSet().containsAll(systemRolesBefore)) {
			events.publishEvent(new LoginsRevoked(person.id(), Reason.SYSTEM_ROLE_REMOVED));
		}
	}

	void passwordChanged(PersonEntity person) {
		events.publishEvent(new LoginsRevoked(person.id(), Reason.PASSWORD_CHANGED));
	}

}
