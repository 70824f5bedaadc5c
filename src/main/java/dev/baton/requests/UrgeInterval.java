package dev.baton.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.baton.tasks.LedgerEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often an initiator may urge (催办) one request: a reminder every few seconds is noise
 * that teaches approvers to ignore reminders. The interval is counted from the
 * initiator's last urge of that request in the approval ledger, so it holds across nodes
 * and restarts.
 */
@Component
class UrgeInterval {

	private final Duration interval;

	private final Clock clock;

	@Autowired
	UrgeInterval(@Value("${baton.requests.urge-interval:PT30M}") Duration interval) {
		this(interval, Clock.systemUTC());
	}

	UrgeInterval(Duration interval, Clock clock) {
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Whole minutes (at least 1) until the caller may urge again, or 0 when they may now.
	 */
	long minutesToWait(List<LedgerEntry> entries, String callerId) {
		Instant last = null;
		for (LedgerEntry entry : entries) {
			if (RequestLedger.URGE.equals(entry.decision()) && callerId.equals(entry.actorId())
					&& entry.recordedAt() != null && (last == null || entry.recordedAt().isAfter(last))) {
				last = entry.recordedAt();
			}
		}
		if (last == null) {
			return 0;
		}
		Duration left = Duration.between(clock.instant(), last.plus(interval));
		if (left.isNegative() || left.isZero()) {
			return 0;
		}
		return Math.max(1, (left.toSeconds() + 59) / 60);
	}

	Duration interval() {
		return interval;
	}

}
