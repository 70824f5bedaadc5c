package dev.baton.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.baton.directory.Accounts;
import dev.baton.directory.Directory;
import dev.baton.directory.LoginAccount;
import dev.baton.settings.CompanySettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an e-mail or a robot message says, in its reader's language: a person's own
 * language, else the company's default, else Chinese. Links point into Baton's web app at
 * the address the administrator entered (or {@code baton.notifications.base-url}).
 */
@Component
class DeliveryTexts {

	/** A message's words and its link. */
	record Text(String headline, List<String> lines, String link, String linkLabel) {
	}

	private final MessageSource messages;

	private final Accounts accounts;

	private final Directory directory;

	private final CompanySettings settings;

	private final MailSettings mail;

	DeliveryTexts(MessageSource messages, Accounts accounts, Directory directory, CompanySettings settings,
			MailSettings mail) {
		this.messages = messages;
		this.accounts = accounts;
		this.directory = directory;
		this.settings = settings;
		this.mail = mail;
	}

	/** The language a person reads. */
	Locale localeOf(String personId) {
		return accounts.findByLogin(personId)
			.map(LoginAccount::language)
			.map(Locale::forLanguageTag)
			.orElseGet(this::companyLocale);
	}

	/** The company's default language, Chinese when none is set. */
	Locale companyLocale() {
		String language = settings.current().defaultLanguage();
		return Locale.forLanguageTag(language == null ? "zh-CN" : language);
	}

	/** An e-mail to one person. */
	Text personal(DeliveryPayload payload, Locale locale) {
		return text(payload, locale, "notifications.mail.", List.of());
	}

	/** A digest e-mail: one line per notice, each with its link. */
	Text digest(DeliveryPayload payload, Locale locale) {
		int count = payload.items().size() + payload.more();
		String headline = get(locale, "notifications.mail.digest", count);
		List<String> lines = new ArrayList<>();
		for (DeliveryPayload.DigestItem item : payload.items()) {
			String line = "• "
					+ get(locale, "notifications.mail." + item.kind(), item.title() == null ? "" : item.title());
			if (item.stepName() != null && !item.stepName().isBlank()) {
				line += " (" + item.stepName() + ")";
			}
			if (item.link() != null) {
				line += " " + baseUrl().map(base -> base + item.link()).orElse(item.link());
			}
			lines.add(line);
		}
		if (payload.more() > 0) {
			lines.add(get(locale, "notifications.mail.digest.more", payload.more()));
		}
		String link = payload.link() == null ? null
				: baseUrl().map(base -> base + payload.link()).orElse(payload.link());
		return new Text(headline, lines, link, get(locale, "notifications.text.open"));
	}

	/** A robot's message to a group, naming the people it is about. */
	Text group(DeliveryPayload payload, Locale locale) {
		return text(payload, locale, "notifications.robot.", payload.people());
	}

	String get(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** Baton's address as the administrator entered it, without a trailing slash. */
	Optional<String> baseUrl() {
		return mail.baseUrl();
	}

	private Text text(DeliveryPayload payload, Locale locale, String prefix, List<String> people) {
		String title = payload.title() == null ? "" : payload.title();
		String headline = get(locale, prefix + payload.kind(), title);
		List<String> lines = new ArrayList<>();
		if (payload.stepName() != null && !payload.stepName().isBlank()) {
			lines.add(get(locale, "notifications.text.step", payload.stepName()));
		}
		if (!people.isEmpty()) {
			lines.add(
					get(locale, "notifications.text.people", String.join(locale.getLanguage().equals("zh") ? "、" : ", ",
							people.stream().map(id -> directory.ref(id).name()).toList())));
		}
		if (payload.actorId() != null) {
			lines.add(get(locale, "notifications.text.actor", directory.ref(payload.actorId()).name()));
		}
		if (payload.comment() != null && !payload.comment().isBlank()) {
			lines.add(get(locale, "notifications.text.comment", payload.comment()));
		}
		if (payload.requestId() != null) {
			lines.add(get(locale, "notifications.text.request", payload.requestId()));
		}
		String link = payload.link() == null ? null
				: baseUrl().map(base -> base + payload.link()).orElse(payload.link());
		return new Text(headline, lines, link, get(locale, "notifications.text.open"));
	}

}
