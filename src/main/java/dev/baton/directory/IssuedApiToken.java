package dev.baton.directory;

/**
 * A token just issued, with its secret: the only moment the secret is known. Sent as
 * {@code Authorization: Bearer <secret>}.
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedApiToken[token=" + token + "]";
	}

}
