package dev.baton.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Translates message keys into the language of the current request (zh-CN unless asked
 * otherwise).
 */
@Component
public class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... arguments) {
		return get(LocaleContextHolder.getLocale(), key, arguments);
	}

	public String get(Locale locale, String key, Object... arguments) {
		return messageSource.getMessage(key, arguments, key, locale);
	}

}
