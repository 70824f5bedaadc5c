package dev.baton.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Baton speaks Simplified Chinese first and English on request (Accept-Language). */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
	static final Locale ENGLISH = Locale.US;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(CHINESE, ENGLISH));
		resolver.setDefaultLocale(CHINESE);
		return resolver;
	}

}
