package dev.baton.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.baton.support.BatonTest;
import dev.baton.support.BrowserSession;
import dev.baton.support.Http;

/**
 * The company's settings: administrators change them, bad values are refused naming the
 * field, the login page reads the name and logo without logging in, and a new session
 * lasts as long as the settings say. Each test puts the settings back as they were.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SettingsApiTest {

	/** The smallest PNG: the signature and enough bytes after it to be recognised. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc http;

	@Autowired
	CompanySettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	Settings before;

	@BeforeEach
	void remember() {
		before = settings.current();
	}

	@AfterEach
	void restore() {
		settings.update(
				new CompanySettings.Change(before.companyName(), before.defaultLanguage(), before.sessionMinutes()),
				"admin");
		if (!before.hasLogo() && settings.current().hasLogo()) {
			settings.removeLogo("admin");
		}
	}

	@Test
	void bad_settings_are_refused_naming_each_field_in_the_callers_language() throws Exception {
		admin(put("/api/admin/settings").header("Accept-Language", "zh-CN").content("""
				{"companyName":"%s","defaultLanguage":"fr","sessionMinutes":1}""".formatted("名".repeat(101))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("companyName", "defaultLanguage", "sessionMinutes")))
			.andExpect(jsonPath("$.errors[?(@.field=='sessionMinutes')].message")
				.value(org.hamcrest.Matchers.hasItem("会话时长须为 5 到 10080 分钟。")));
		admin(put("/api/admin/settings").content("{\"companyName\":\"x\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sessionMinutes"));
		// and nothing changed
		assertThat(settings.current().companyName()).isEqualTo(before.companyName());
	}

	@Test
	void the_company_name_and_logo_reach_the_login_page_without_a_login() throws Exception {
		// when the administrator names the company and uploads a logo
		admin(put("/api/admin/settings").content("""
				{"companyName":"  星辰贸易有限公司 ","defaultLanguage":"en-US","sessionMinutes":480}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyName").value("星辰贸易有限公司"));
		http.perform(
				multipart("/api/admin/settings/logo").file(new MockMultipartFile("file", "logo.png", "image/png", PNG))
					.with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		// then anyone reads them
		String logoUrl = com.jayway.jsonpath.JsonPath.read(http.perform(get("/api/public/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyName").value("星辰贸易有限公司"))
			.andExpect(jsonPath("$.defaultLanguage").value("en-US"))
			.andExpect(jsonPath("$.logoUrl").value(startsWith("/api/public/logo?v=")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.logoUrl");
		http.perform(get(logoUrl))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(PNG));
	}

	@Test
	void a_logo_must_be_a_small_png_jpeg_or_webp_whatever_the_browser_claims() throws Exception {
		byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes();
		upload(new MockMultipartFile("file", "logo.png", "image/png", svg)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("logo"))
			.andExpect(jsonPath("$.errors[0].code").value("settings.logo.type"));
		byte[] large = Arrays.copyOf(PNG, 300 * 1024);
		upload(new MockMultipartFile("file", "logo.png", "image/png", large)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("logo"));
		assertThat(settings.current().hasLogo()).isEqualTo(before.hasLogo());
	}

	@Test
	void a_new_session_lasts_as_long_as_the_settings_say() {
		// given sessions of 30 minutes
		settings.update(new CompanySettings.Change(before.companyName(), before.defaultLanguage(), 30), "admin");
		// when zhangwei logs in
		BrowserSession session = BrowserSession.logIn(new Http(port), "zhangwei", "demo");
		// then his session ends after 30 minutes without a request
		assertThat(jdbc.queryForObject("SELECT max_inactive_interval FROM baton_session WHERE session_id = ?",
				Integer.class, session.storedSessionId()))
			.isEqualTo(30 * 60);
	}

	@Test
	void only_administrators_change_settings() throws Exception {
		http.perform(put("/api/admin/settings").with(httpBasic("zhangwei", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sessionMinutes\":60}")).andExpect(status().isForbidden());
		http.perform(get("/api/admin/settings").with(httpBasic("zhangwei", "demo"))).andExpect(status().isForbidden());
		// and the change an administrator makes is in the audit
		admin(put("/api/admin/settings").content("{\"companyName\":\"审计公司\",\"sessionMinutes\":480}"))
			.andExpect(status().isOk());
		http.perform(get("/api/audit/entries").param("person", "admin")
			.param("decision", "settings-changed")
			.with(httpBasic("admin", "demo"))).andExpect(jsonPath("$.items[0].decision").value("settings-changed"));
	}

	private ResultActions upload(MockMultipartFile file) throws Exception {
		return http.perform(multipart("/api/admin/settings/logo").file(file).with(httpBasic("admin", "demo")));
	}

	private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return http.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON));
	}

}
