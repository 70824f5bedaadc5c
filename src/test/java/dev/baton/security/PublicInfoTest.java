package dev.baton.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The login page's public facts: demo mode and the demo logins, without logging in. */
@BatonTest
class PublicInfoTest {

	@Autowired
	MockMvc http;

	@Test
	void anyone_reads_demo_mode_and_the_demo_logins_heads_of_department_first() throws Exception {
		http.perform(get("/api/public/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.demo").value(true))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='wangfang')].name").value("王芳"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='wangfang')].role").value("finance-manager"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='admin')].role").value("admin"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='zhouming')].role").value("general-manager"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='lina')].role").value("department-head"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='zhangwei')].role").value("employee"))
			.andExpect(jsonPath("$.demoLogins[?(@.login=='qianjun')]").isEmpty())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("password"))));
	}

}
