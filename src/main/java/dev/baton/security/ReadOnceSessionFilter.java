package dev.baton.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's filter, with each session read at most once per request from the
 * {@link QuietSessionRepository}.
 */
class ReadOnceSessionFilter extends SessionRepositoryFilter<QuietSessionRepository.QuietSession> {

	private final QuietSessionRepository sessions;

	ReadOnceSessionFilter(QuietSessionRepository sessions) {
		super(sessions);
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (QuietSessionRepository.RequestScope scope = sessions.openRequestScope()) {
			super.doFilterInternal(request, response, chain);
		}
	}

}
