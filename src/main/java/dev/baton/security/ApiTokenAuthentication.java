package dev.baton.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated with a personal API token: the principal is the person's user
 * id, the authorities their system roles at the moment of the request. Never stored in a
 * session.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String userId;

	private final String tokenId;

	ApiTokenAuthentication(String userId, String tokenId, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.userId = userId;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return userId;
	}

	String tokenId() {
		return tokenId;
	}

}
