package dev.baton.security;

import java.util.List;

import dev.baton.directory.OwnAccount;
import dev.baton.settings.CompanySettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every person changes about their own login: their password and their language.
 * Changing the password ends every other session of theirs; the browser that changed it
 * stays logged in, in a new session.
 */
@RestController
@Tag(name = "My account")
class OwnAccountController {

	private final OwnAccount account;

	private final CurrentUser currentUser;

	private final SecurityContextRepository contextRepository;

	private final CompanySettings settings;

	OwnAccountController(OwnAccount account, CurrentUser currentUser, SecurityContextRepository contextRepository,
			CompanySettings settings) {
		this.account = account;
		this.currentUser = currentUser;
		this.contextRepository = contextRepository;
		this.settings = settings;
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record LanguageChange(String language) {
	}

	@PutMapping(PasswordChangeGate.CHANGE_PATH)
	@Operation(summary = "Change my password (the current one and a new one of 8 to 72 characters); "
			+ "my other sessions end")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		account.changePassword(currentUser.id(), body.currentPassword(), body.newPassword());
		// every session of the person was just deleted, this one too: a browser carries
		// on in
		// a new one, without the mark that sent it here
		List<GrantedAuthority> authorities = caller.getAuthorities()
			.stream()
			.filter(authority -> !SystemRoleAuthorities.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(caller.getPrincipal(), null, authorities));
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
			contextRepository.saveContext(context, request, response);
			request.getSession().setMaxInactiveInterval((int) settings.current().sessionLength().toSeconds());
		}
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/me/language")
	@Operation(summary = "Set my language (zh-CN, en-US, or null to follow the browser), used after each login")
	ResponseEntity<Void> setLanguage(@RequestBody LanguageChange body) {
		account.setLanguage(currentUser.id(), body.language());
		return ResponseEntity.noContent().build();
	}

}
