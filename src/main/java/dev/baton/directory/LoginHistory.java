package dev.baton.directory;

import java.util.List;

/**
 * When people last logged in: written by the security module at each login through the
 * login form, read by whoever asks who has not logged in yet.
 */
public interface LoginHistory {

	/** Notes that this person logged in now. */
	void recordLogin(String userId);

	/** The active people who have never logged in, by login. */
	List<Person> neverLoggedIn();

}
