package dev.baton.directory;

import java.util.List;

/**
 * Personal API tokens: long random secrets with which a person's integrations call Baton
 * instead of sending a password with every request. The secret is shown once, when the
 * token is issued; Baton keeps only its SHA-256 hash, with a name, an expiry and when it
 * was last used. A token acts with exactly the rights its person has at the moment of
 * each call; a person who leaves loses all their tokens.
 */
public interface ApiTokens {

	/** At most this many tokens per person. */
	int MAX_PER_PERSON = 50;

	/** The longest lifetime of a token, in days. */
	int MAX_DAYS = 366;

	/**
	 * Issues a token for an active person.
	 * @param name what the person calls it, e.g. "ERP sync"; 1–100 characters, unique
	 * among the person's tokens
	 * @param days lifetime in days, 1–{@value #MAX_DAYS}
	 * @return the token and, this once, its secret
	 * @throws dev.baton.web.ProblemException 400 naming the field, 409 for a name taken
	 */
	IssuedApiToken issue(String userId, String name, Integer days);

	/** A person's tokens, newest first, expired ones included. */
	List<ApiToken> of(String userId);

	/**
	 * Everybody's tokens (or one person's), newest first.
	 * @param userId only this person's, or {@code null} for all
	 */
	ApiTokenPage all(String userId, int page, int size);

	/**
	 * Revokes one of the person's own tokens.
	 * @throws dev.baton.web.ProblemException 404 when the person has no such token
	 */
	ApiToken revoke(String userId, String tokenId);

	/**
	 * Revokes anybody's token (administrators).
	 * @throws dev.baton.web.ProblemException 404 when there is no such token
	 */
	ApiToken revoke(String tokenId);

	/** One page of tokens. */
	record ApiTokenPage(List<ApiToken> items, long total, int page, int size) {

		public ApiTokenPage {
			items = List.copyOf(items);
		}
	}

}
