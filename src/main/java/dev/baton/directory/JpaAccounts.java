package dev.baton.directory;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Accounts} on Baton's tables; logins are stored in lower case, API tokens as
 * hashes ({@link ApiTokenStore}).
 */
@Service
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

	private final PersonRepository people;

	private final ApiTokenStore tokens;

	JpaAccounts(PersonRepository people, ApiTokenStore tokens) {
		this.people = people;
		this.tokens = tokens;
	}

	@Override
	public Optional<LoginAccount> findByLogin(String login) {
		return normalize(login).flatMap(people::findById).map(PersonEntity::toLoginAccount);
	}

	/** No transaction: one SELECT, and now and then one UPDATE, each on its own. */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<TokenAccount> useApiToken(String secret) {
		return tokens.use(secret);
	}

	/** A typed login as stored: trimmed and lower case; empty for blank input. */
	static Optional<String> normalize(String login) {
		if (login == null || login.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(login.trim().toLowerCase(Locale.ROOT));
	}

}
