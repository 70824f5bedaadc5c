package dev.baton.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Baton speaks Simplified Chinese first and English on request (Accept-Language). The
 * language decides, not the region: {@code en}, {@code en-GB} and {@code en-US} all mean
 * English, {@code zh}, {@code zh-TW} and {@code zh-Hans-CN} Chinese. Ranges are taken in
 * the caller's order of preference (q-values); the first one Baton speaks wins, and
 * Chinese is the answer when none does, when the header is missing or cannot be read.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
	static final Locale ENGLISH = Locale.US;

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageLocaleResolver();
	}

	/** The caller's preferred language among Baton's two, by language alone. */
	static Locale resolve(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return CHINESE;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException unreadable) {
			return CHINESE;
		}
		return ranges.stream()
			.sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
			.filter(range -> range.getWeight() > 0)
			.map(range -> language(range.getRange()))
			.filter(language -> language != null)
			.findFirst()
			.orElse(CHINESE);
	}

	private static Locale language(String range) {
		int dash = range.indexOf('-');
		String language = dash < 0 ? range : range.substring(0, dash);
		return switch (language) {
			case "en" -> ENGLISH;
			case "zh" -> CHINESE;
			default -> null;
		};
	}

	private static final class LanguageLocaleResolver extends AcceptHeaderLocaleResolver {

		LanguageLocaleResolver() {
			setSupportedLocales(List.of(CHINESE, ENGLISH));
			setDefaultLocale(CHINESE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return resolve(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		}

	}

}
