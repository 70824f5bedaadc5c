package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.baton.directory.Directory;
import dev.baton.support.BatonTest;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The engine knows the caller (with their groups) while a request runs, and nobody
 * afterwards, even after a failure.
 */
@BatonTest
class EngineAuthenticationFilterTest {

	@Autowired
	IdentityService identityService;

	@Autowired
	Directory directory;

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
		identityService.clearAuthentication();
	}

	@Test
	void setsTheCallerWithTheirGroupsForTheRequestAndClearsItAfterwards() throws Exception {
		// given wangfang is the authenticated caller
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("wangfang", null,
					AuthorityUtils.createAuthorityList("ROLE_EMPLOYEE")));
		AtomicReference<Authentication> seen = new AtomicReference<>();
		// when a request passes the filter
		new EngineAuthenticationFilter(identityService, directory).doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(),
				(request, response) -> seen.set(identityService.getCurrentAuthentication()));
		// then the engine knew her and her groups during the request, and nobody after it
		assertThat(seen.get().getUserId()).isEqualTo("wangfang");
		assertThat(seen.get().getGroupIds()).contains("finance", "finance-manager");
		assertThat(identityService.getCurrentAuthentication()).isNull();
	}

	@Test
	void clearsTheCallerEvenWhenTheRequestFails() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lina", null,
					AuthorityUtils.createAuthorityList("ROLE_EMPLOYEE")));
		Throwable failure = catchThrowable(() -> new EngineAuthenticationFilter(identityService, directory)
			.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
				throw new ServletException("boom");
			}));
		assertThat(failure).isInstanceOf(ServletException.class);
		assertThat(identityService.getCurrentAuthentication()).isNull();
	}

	@Test
	void anonymousRequestsRunWithoutAnEngineUser() throws Exception {
		AtomicReference<Authentication> seen = new AtomicReference<>(new Authentication("x", List.of()));
		new EngineAuthenticationFilter(identityService, directory).doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(),
				(request, response) -> seen.set(identityService.getCurrentAuthentication()));
		assertThat(seen.get()).isNull();
	}

}
