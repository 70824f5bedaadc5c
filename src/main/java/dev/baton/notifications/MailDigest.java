package dev.baton.notifications;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * One e-mail that sums up a person's notices of a period (a daily digest), for people who
 * chose a digest over one mail per notice. Written to the outbox like any e-mail: inside
 * the caller's transaction, once per (person, digest key).
 */
@Component
public class MailDigest {

	private final Outbox outbox;

	private final MailSettings mail;

	MailDigest(Outbox outbox, MailSettings mail) {
		this.outbox = outbox;
		this.mail = mail;
	}

	/**
	 * Enqueues the digest e-mail, in the person's language when it is sent, one line and
	 * link per notice (as many as fit; the rest are counted).
	 * @param digestKey the period, the same for everyone, e.g. {@code digest:2026-12-07}
	 * @return {@code false} when nothing was enqueued: no notices, no SMTP server, or
	 * this digest was enqueued before
	 */
	public boolean enqueue(String personId, String digestKey, List<Notice> notices) {
		if (notices.isEmpty() || !mail.configured()) {
			return false;
		}
		return outbox.enqueue(MailDelivery.CHANNEL, personId, digestKey,
				DeliveryPayload.digest(digestKey, personId, notices).json());
	}

}
