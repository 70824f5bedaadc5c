package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.baton.support.BatonTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Browsers: JSON login into a session, CSRF token on every state change, no password
 * dialog.
 */
@BatonTest
class BrowserLoginTest {

	@Autowired
	MockMvc http;

	@Test
	void loginStartsASessionThatKnowsThePerson() throws Exception {
		// given the page has fetched its CSRF token
		Cookie xsrf = xsrfCookie();
		// when zhangwei logs in
		MvcResult login = http
			.perform(post("/api/auth/login").cookie(xsrf)
				.header("X-XSRF-TOKEN", xsrf.getValue())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"login\":\"ZhangWei \",\"password\":\"demo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.id").value("zhangwei"))
			.andExpect(jsonPath("$.user.displayName").value("张伟"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("BATON_SESSION");
		assertThat(session).as("session cookie").isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		// then the session answers who is logged in
		http.perform(get("/api/auth/session").cookie(session))
			.andExpect(jsonPath("$.authenticated").value(true))
			.andExpect(jsonPath("$.user.systemRoles[0]").value("employee"));
	}

	@Test
	void stateChangeWithoutCsrfTokenIsRefusedWith403() throws Exception {
		// given a logged-in browser session
		Cookie session = loggedIn("lina");
		// when it posts without the token
		http.perform(post("/api/auth/logout").cookie(session).header("X-Requested-With", "XMLHttpRequest"))
			// then the request is refused and says why
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.csrf"));
		// and with the token it works
		Cookie xsrf = xsrfCookie();
		http.perform(post("/api/auth/logout").cookie(session, xsrf).header("X-XSRF-TOKEN", xsrf.getValue()))
			.andExpect(status().isNoContent());
		// and the session is over
		http.perform(get("/api/auth/session").cookie(session)).andExpect(jsonPath("$.authenticated").value(false));
	}

	@Test
	void ownPagesGetNoBasicChallengeSoTheBrowserShowsNoPasswordDialog() throws Exception {
		http.perform(get("/api/requests").header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void personWhoHasLeftCannotLogInAndLearnsNothingMore() throws Exception {
		// when qianjun, who has left, logs in with the right password, and a stranger
		// tries
		MvcResult left = login("qianjun", "demo");
		MvcResult unknown = login("nobody-" + System.nanoTime(), "demo");
		// then both get the same 401 answer
		assertThat(left.getResponse().getStatus()).isEqualTo(401);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(401);
		assertThat(left.getResponse().getContentAsString()).isEqualTo(
				unknown.getResponse().getContentAsString().replace(unknownInstance(unknown), unknownInstance(left)));
	}

	private static String unknownInstance(MvcResult result) {
		return result.getRequest().getRequestURI();
	}

	private MvcResult login(String login, String password) throws Exception {
		Cookie xsrf = xsrfCookie();
		return http
			.perform(post("/api/auth/login").cookie(xsrf)
				.header("X-XSRF-TOKEN", xsrf.getValue())
				.header("Accept-Language", "en-US")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
			.andReturn();
	}

	Cookie loggedIn(String login) throws Exception {
		Cookie xsrf = xsrfCookie();
		MvcResult result = http
			.perform(post("/api/auth/login").cookie(xsrf)
				.header("X-XSRF-TOKEN", xsrf.getValue())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"login\":\"" + login + "\",\"password\":\"demo\"}"))
			.andExpect(status().isOk())
			.andReturn();
		return result.getResponse().getCookie("BATON_SESSION");
	}

	Cookie xsrfCookie() throws Exception {
		MvcResult result = http.perform(get("/api/auth/session")).andReturn();
		Cookie cookie = result.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).as("XSRF-TOKEN cookie").isNotNull();
		return cookie;
	}

}
