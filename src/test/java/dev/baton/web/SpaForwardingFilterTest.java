package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests the web app's router answers, and which stay with the server. */
class SpaForwardingFilterTest {

	@Test
	void app_routes_go_to_the_web_app() {
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/")).isTrue();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/inbox")).isTrue();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/tasks/123")).isTrue();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/requests/PR-20261122-0007")).isTrue();
		assertThat(SpaForwardingFilter.isAppRoute("HEAD", "/start/purchase-request")).isTrue();
	}

	@Test
	void the_api_assets_and_server_pages_are_never_swallowed() {
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/api/tasks")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/api")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/engine-rest/version")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/actuator/health")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/v3/api-docs")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/swagger-ui/index.html")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/swagger-ui.html")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/error")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/assets/index-abc.js")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("GET", "/favicon.svg")).isFalse();
		assertThat(SpaForwardingFilter.isAppRoute("POST", "/inbox")).isFalse();
	}

}
