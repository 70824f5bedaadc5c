package dev.baton.directory;

import java.util.Optional;

/** Looks up login accounts for the security module. */
public interface Accounts {

	/**
	 * The account for a login typed by a person: surrounding spaces and case are ignored.
	 */
	Optional<LoginAccount> findByLogin(String login);

}
