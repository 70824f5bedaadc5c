package dev.baton.directory;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Accounts} on Baton's tables; logins are stored in lower case. */
@Service
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

	private final PersonRepository people;

	JpaAccounts(PersonRepository people) {
		this.people = people;
	}

	@Override
	public Optional<LoginAccount> findByLogin(String login) {
		return normalize(login).flatMap(people::findById).map(PersonEntity::toLoginAccount);
	}

	/** A typed login as stored: trimmed and lower case; empty for blank input. */
	static Optional<String> normalize(String login) {
		if (login == null || login.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(login.trim().toLowerCase(Locale.ROOT));
	}

}
