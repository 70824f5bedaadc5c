package dev.baton.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.baton.directory.SystemRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Baton's system roles as Spring Security authorities ({@code ROLE_ADMIN} …); everyone is
 * an employee.
 */
final class SystemRoleAuthorities {

	static final String ADMIN = "ADMIN";
	static final String DESIGNER = "DESIGNER";
	static final String ANALYST = "ANALYST";
	static final String AUDITOR = "AUDITOR";
	static final String EMPLOYEE = "EMPLOYEE";

	/**
	 * Not a role: marks a caller whose password an administrator set and who must change
	 * it before anything else ({@link PasswordChangeGate}).
	 */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private SystemRoleAuthorities() {
	}

	static List<GrantedAuthority> of(Collection<SystemRole> roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + EMPLOYEE));
		for (SystemRole role : roles) {
			if (role != SystemRole.EMPLOYEE) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			}
		}
		return authorities;
	}

}
