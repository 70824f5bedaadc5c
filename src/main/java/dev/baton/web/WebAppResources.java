package dev.baton.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * How the web app's files travel to a phone on a slow network:
 * <ul>
 * <li>{@code /assets/**} carry a content hash in their names (Vite), so they never change
 * under their name: cached for a year and {@code immutable}, a repeat visit loads none of
 * them;</li>
 * <li>{@code /index.html} (and the app's routes, which {@link SpaForwardingFilter}
 * forwards to it) names the current assets: {@code no-cache}, so the browser asks every
 * time and gets a 304 when nothing changed;</li>
 * <li>both are served from the build's precompressed {@code .br} / {@code .gz} copies
 * when the browser accepts them (the web app's build writes them, see
 * {@code frontend/vite-delivery.ts}); other responses, the API's JSON included, are
 * compressed on the fly ({@code server.compression} in application.yml).</li>
 * </ul>
 * Everything else keeps Spring Security's {@code no-cache, no-store}: Security adds its
 * cache headers only to responses that set none themselves.
 */
@Configuration(proxyBeanMethods = false)
class WebAppResources implements WebMvcConfigurer {

	static final CacheControl ASSETS = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl APP_PAGE = CacheControl.noCache();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(ASSETS)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
		registry.addResourceHandler("/index.html")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(APP_PAGE)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
	}

}
