package dev.baton.directory;

import java.util.Optional;

/** Looks up login accounts for the security module. */
public interface Accounts {

	/**
	 * The account for a login typed by a person: surrounding spaces and case are ignored.
	 */
	Optional<LoginAccount> findByLogin(String login);

	/**
	 * The account behind an API token's secret, in one indexed lookup, and notes that the
	 * token was used (written at most once a minute per token). Expired tokens and tokens
	 * of people who left are returned too, so the caller can say why it refuses them.
	 * @return empty when no token has this secret
	 */
	Optional<TokenAccount> useApiToken(String secret);

}
