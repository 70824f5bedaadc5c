package dev.baton.security;

import java.util.ArrayList;
import java.util.List;

import dev.baton.directory.Accounts;
import dev.baton.directory.LoginAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads login accounts from the directory; the principal's name is the user's id,
 * whatever case was typed.
 */
@Component
class BatonUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	BatonUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		LoginAccount account = accounts.findByLogin(login)
			.orElseThrow(() -> new UsernameNotFoundException("unknown login"));
		List<GrantedAuthority> authorities = new ArrayList<>(SystemRoleAuthorities.of(account.systemRoles()));
		if (account.mustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(SystemRoleAuthorities.PASSWORD_CHANGE_REQUIRED));
		}
		return User.withUsername(account.userId())
			.password(account.passwordHash() == null ? "" : account.passwordHash())
			.disabled(!account.active())
			.authorities(authorities)
			.build();
	}

}
