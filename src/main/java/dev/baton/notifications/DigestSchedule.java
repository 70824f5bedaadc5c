package dev.baton.notifications;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the daily digest every morning at 08:00 in the company's time zone (properties
 * {@code baton.notifications.digest.cron} and {@code .zone}) on every node; the rows are
 * claimed through the database, so each person gets one. {@code
 * baton.notifications.digest.enabled=false} turns it off (tests drive {@link DailyDigest}
 * with a moment of their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "baton.notifications.digest.enabled", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

	private final DailyDigest digest;

	private final Clock clock = Clock.systemUTC();

	DigestSchedule(DailyDigest digest) {
		this.digest = digest;
	}

	@Scheduled(cron = "${baton.notifications.digest.cron:0 0 8 * * *}",
			zone = "${baton.notifications.digest.zone:Asia/Shanghai}")
	void send() {
		digest.sendDue(clock.instant());
	}

}
