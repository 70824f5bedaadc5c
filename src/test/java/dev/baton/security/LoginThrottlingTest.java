package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Repeated wrong passwords lock the login for a while, for real and unknown logins alike.
 */
@BatonTest
class LoginThrottlingTest {

	@Autowired
	MockMvc http;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void unlock() {
		// liuyang stays locked for 30 s otherwise, and other tests log in as him
		jdbc.update("DELETE FROM baton_login_throttle WHERE login IN ('liuyang', 'ghost')");
	}

	@Test
	void fifthWrongPasswordLocksTheLoginEvenForTheRightPassword() throws Exception {
		// given four wrong passwords for liuyang, each answered 401
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(login("liuyang", "guess" + attempt).getResponse().getStatus()).isEqualTo(401);
		}
		// when the fifth is also wrong
		assertThat(login("liuyang", "guess5").getResponse().getStatus()).isEqualTo(401);
		// then even the right password must wait, told how long in the caller's language
		MvcResult locked = login("liuyang", "demo");
		assertThat(locked.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(1L, 31L);
		assertThat(locked.getResponse().getContentAsString()).contains("请在");
		// and HTTP Basic is throttled the same way
		assertThat(http.perform(get("/engine-rest/version").with(httpBasic("liuyang", "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(429);
	}

	@Test
	void unknownLoginIsThrottledExactlyLikeARealOne() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("ghost", "guess" + attempt);
		}
		MvcResult locked = login("ghost", "guess6");
		assertThat(locked.getResponse().getStatus()).isEqualTo(429);
	}

	private MvcResult login(String login, String password) throws Exception {
		MvcResult session = http.perform(get("/api/auth/session")).andReturn();
		var xsrf = session.getResponse().getCookie("XSRF-TOKEN");
		return http
			.perform(post("/api/auth/login").cookie(xsrf)
				.header("X-XSRF-TOKEN", xsrf.getValue())
				.header("Accept-Language", "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"))
			.andReturn();
	}

}
