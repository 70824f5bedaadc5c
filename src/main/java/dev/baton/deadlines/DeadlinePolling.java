package dev.baton.deadlines;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the due deadlines every minute (property {@code baton.deadlines.poll-interval}) on
 * every node; {@code baton.deadlines.poll=false} turns it off (tests drive the runner
 * with a clock of their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "baton.deadlines.poll", havingValue = "true", matchIfMissing = true)
class DeadlinePolling {

	private final DeadlineRunner runner;

	private final Clock clock = Clock.systemUTC();

	DeadlinePolling(DeadlineRunner runner) {
		this.runner = runner;
	}

	@Scheduled(fixedDelayString = "${baton.deadlines.poll-interval:PT1M}", initialDelayString = "PT30S")
	void poll() {
		runner.runDue(clock.instant());
	}

}
