package dev.baton.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the outbox's e-mails (channel {@code email}, target a person's id) through the
 * company's SMTP server, in the person's language, as plain text and simple HTML with a
 * link into Baton. A person without an address, or no SMTP settings, is undeliverable; a
 * server that fails is retried.
 */
@Component
class MailDelivery implements OutboxSender {

	static final String CHANNEL = "email";

	private static final int TIMEOUT_MS = 15_000;

	private final MailSettings settings;

	private final DeliveryTexts texts;

	private final Directory directory;

	MailDelivery(MailSettings settings, DeliveryTexts texts, Directory directory) {
		this.settings = settings;
		this.texts = texts;
		this.directory = directory;
	}

	@Override
	public String channel() {
		return CHANNEL;
	}

	@Override
	public Delivery send(OutboxMessage message) {
		Optional<MailSettings.Smtp> smtp = settings.current();
		if (smtp.isEmpty()) {
			return new Delivery.Undeliverable("No SMTP server is configured");
		}
		Optional<Person> person = directory.person(message.target());
		String address = person.map(Person::email).filter(email -> email != null && !email.isBlank()).orElse(null);
		if (address == null) {
			return new Delivery.Undeliverable("No e-mail address for " + message.target());
		}
		DeliveryPayload payload = DeliveryPayload.parse(message.payload());
		Locale locale = texts.localeOf(message.target());
		DeliveryTexts.Text text = payload.isDigest() ? texts.digest(payload, locale) : texts.personal(payload, locale);
		try {
			send(smtp.get(), address, text.headline(), plain(text), html(text));
			return new Delivery.Sent();
		}
		catch (MailException | MessagingException failure) {
			return new Delivery.Failed(reason(failure));
		}
	}

	/**
	 * Sends a test mail at once, outside the outbox, in the caller's language.
	 * @return empty when it was sent, else why not
	 */
	Optional<String> sendTest(MailSettings.Smtp smtp, String to, Locale locale) {
		String subject = texts.get(locale, "notifications.mail.test.subject");
		String body = texts.get(locale, "notifications.mail.test.body", smtp.host());
		try {
			send(smtp, to, subject, body, "<p>" + HtmlUtils.htmlEscape(body) + "</p>");
			return Optional.empty();
		}
		catch (MailException | MessagingException failure) {
			return Optional.of(reason(failure));
		}
	}

	private static void send(MailSettings.Smtp smtp, String to, String subject, String plain, String html)
			throws MessagingException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
		properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
		properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
		if (smtp.username() != null) {
			sender.setUsername(smtp.username());
			sender.setPassword(smtp.password() == null ? "" : smtp.password());
			properties.put("mail.smtp.auth", "true");
		}
		switch (smtp.tlsMode()) {
			case STARTTLS -> {
				properties.put("mail.smtp.starttls.enable", "true");
				properties.put("mail.smtp.starttls.required", "true");
				properties.put("mail.smtp.ssl.checkserveridentity", "true");
			}
			case SSL -> {
				sender.setProtocol("smtps");
				properties.put("mail.smtps.connectiontimeout", String.valueOf(TIMEOUT_MS));
				properties.put("mail.smtps.timeout", String.valueOf(TIMEOUT_MS));
				properties.put("mail.smtps.writetimeout", String.valueOf(TIMEOUT_MS));
				properties.put("mail.smtps.ssl.checkserveridentity", "true");
				if (smtp.username() != null) {
					properties.put("mail.smtps.auth", "true");
				}
			}
			case NONE -> properties.put("mail.smtp.starttls.enable", "false");
		}
		sender.setJavaMailProperties(properties);
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(smtp.sender());
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(plain, html);
		sender.send(mime);
	}

	private static String plain(DeliveryTexts.Text text) {
		StringBuilder body = new StringBuilder(text.headline()).append("\n\n");
		text.lines().forEach(line -> body.append(line).append('\n'));
		if (text.link() != null) {
			body.append('\n').append(text.linkLabel()).append(": ").append(text.link()).append('\n');
		}
		return body.toString();
	}

	private static String html(DeliveryTexts.Text text) {
		StringBuilder body = new StringBuilder("<div style=\"font-family:sans-serif;font-size:14px\"><p><strong>")
			.append(HtmlUtils.htmlEscape(text.headline()))
			.append("</strong></p>");
		text.lines().forEach(line -> body.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
		if (text.link() != null) {
			body.append("<p><a href=\"")
				.append(HtmlUtils.htmlEscape(text.link()))
				.append("\">")
				.append(HtmlUtils.htmlEscape(text.linkLabel()))
				.append("</a></p>");
		}
		return body.append("</div>").toString();
	}

	/** Why a mail could not be sent, never with the password. */
	static String reason(Exception failure) {
		if (failure instanceof MailAuthenticationException
				|| failure.getCause() instanceof AuthenticationFailedException) {
			return "SMTP authentication failed";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName()
				: root.getClass().getSimpleName() + ": " + root.getMessage();
		return message.length() > 500 ? message.substring(0, 500) : message;
	}

}
