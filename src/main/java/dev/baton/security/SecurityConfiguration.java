package dev.baton.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.transaction.PlatformTransactionManager;

import dev.baton.directory.Accounts;
import dev.baton.directory.Directory;
import dev.baton.web.OneTransactionPerAction;
import dev.baton.web.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One filter chain for the whole application:
 * <ul>
 * <li>browsers log in at {@code POST /api/auth/login} and carry a session cookie; the
 * session is stored by Spring Session JDBC; state-changing requests need the
 * {@code XSRF-TOKEN} cookie's value in the {@code X-XSRF-TOKEN} header;</li>
 * <li>integrations send a personal API token ({@code Authorization: Bearer …}, see
 * {@link ApiTokenAuthenticationFilter}) on {@code /api/**} and {@code /engine-rest/**};
 * API clients and Camunda Modeler may also send HTTP Basic credentials with every
 * request; such requests create no session, set no session cookie and need no CSRF token
 * (a browser never sends them on its own, because Baton never asks a browser for
 * credentials);</li>
 * <li>{@code /engine-rest/**} is for administrators and process designers only.</li>
 * </ul>
 * Nothing is kept in a session for anonymous callers either (no saved request).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain batonSecurity(HttpSecurity http, ProblemEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDenied, AuthenticationManager authenticationManager,
			IdentityService identityService, Directory directory, Accounts accounts, ProblemWriter problems,
			PlatformTransactionManager transactions) throws Exception {
		CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
		csrfHandler.setCsrfRequestAttributeName(null); // load the token on every request
														// so the cookie is always set
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
					.permitAll()
					.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
					.permitAll()
					.requestMatchers(HttpMethod.POST, "/api/auth/login")
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/api/auth/session")
					.permitAll()
					.requestMatchers(HttpMethod.GET, "/api/public/info", "/api/public/logo")
					.permitAll()
					.requestMatchers("/error")
					.permitAll()
					.requestMatchers("/engine-rest/**")
					.hasAnyRole(SystemRoleAuthorities.ADMIN, SystemRoleAuthorities.DESIGNER)
					.requestMatchers("/api/**")
					.authenticated()
					.anyRequest()
					.permitAll())
			.authenticationManager(authenticationManager)
			// the caller is known for this one request: no session, no cookie
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(csrfHandler)
				.ignoringRequestMatchers(BasicCredentials::present, BearerCredentials::present))
			// Only the login (AuthController, which also changes the session id) puts
			// a caller into a session; without this, Spring Security would store every
			// Basic or token caller in a new session after the fact.
			.sessionManagement(sessions -> sessions.requireExplicitAuthenticationStrategy(true))
			.securityContext(context -> context.securityContextRepository(securityContextRepository()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'")))
			.addFilterBefore(new ApiTokenAuthenticationFilter(accounts, problems), BasicAuthenticationFilter.class)
			// a first password must be changed first; an auditor only reads
			.addFilterAfter(new PasswordChangeGate(problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new ReadOnlyAuditorGate(problems), BasicAuthenticationFilter.class)
			// one transaction per approval action, which the engine's identity joins
			.addFilterAfter(new OneTransactionPerAction(transactions), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService, directory),
					BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder(MeterRegistry meters) {
		return new CountedPasswordEncoder(new BCryptPasswordEncoder(), meters);
	}

	@Bean
	AuthenticationManager authenticationManager(BatonUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		// "user not found", "disabled" and "bad password" must look the same to the
		// caller.
		provider.setHideUserNotFoundExceptions(true);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

}
