package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Errors are RFC 9457 problem details in the caller's language, without internals. */
@BatonTest
class ProblemDetailsTest {

	@Autowired
	MockMvc http;

	@Test
	void answersInEnglishWhenAskedForEnglish() throws Exception {
		http.perform(get("/api/anything").header("Accept-Language", "en-US"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Please log in."))
			.andExpect(jsonPath("$.title").value("Login required"));
	}

	@Test
	void answersInChineseByDefaultAndWhenAskedForChinese() throws Exception {
		http.perform(get("/api/anything").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(jsonPath("$.detail").value("请先登录。"));
		http.perform(get("/api/anything")).andExpect(jsonPath("$.detail").value("请先登录。"));
	}

	@Test
	void malformedJsonGetsATranslatedProblemWithoutInternals() throws Exception {
		String login = http
			.perform(post("/api/auth/login").with(httpBasic("admin", "demo"))
				.header("Accept-Language", "en-US")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The request is not valid."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(login).doesNotContain("Exception", "\tat ", "SELECT ", "INSERT ", "java.");
	}

	@Test
	void missingRequiredFieldIsNamed() throws Exception {
		http.perform(post("/api/auth/login").with(httpBasic("admin", "demo"))
			.header("Accept-Language", "en-US")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"login\":\"admin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
	}

	@Test
	void everyMessageExistsInBothLanguages() throws IOException {
		java.nio.file.Path folder = java.nio.file.Path.of("src/main/resources/i18n");
		try (var files = java.nio.file.Files.list(folder)) {
			List<java.nio.file.Path> english = files
				.filter(file -> file.getFileName().toString().matches("[a-z]+\\.properties"))
				.toList();
			assertThat(english).isNotEmpty();
			for (java.nio.file.Path bundle : english) {
				java.nio.file.Path chineseBundle = folder
					.resolve(bundle.getFileName().toString().replace(".properties", "_zh_CN.properties"));
				assertThat(chineseBundle).as("Chinese bundle for %s", bundle).exists();
				assertThat(load(chineseBundle).keySet()).as("keys of %s", chineseBundle)
					.isEqualTo(load(bundle).keySet());
			}
		}
	}

	private static Properties load(java.nio.file.Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
