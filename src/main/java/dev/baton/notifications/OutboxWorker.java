package dev.baton.notifications;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. A worker claims due rows through the database — one conditional
 * UPDATE that sets {@code claimed_by} to a token of its own and {@code claimed_until} —
 * so that two workers, on one node or on two, never deliver one row at once; a claim that
 * outlives a crashed node expires and the row is claimed again. Claimed rows are sent
 * outside any transaction and marked sent or failed on the condition that the claim is
 * still the worker's. A failed delivery is retried with exponential backoff until the
 * attempts run out, then FAILED with its error for an administrator to see;
 * {@link Delivery.Later} (a rate limit) waits without using an attempt.
 */
@Component
class OutboxWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private static final int MAX_ERROR = 1000;

	/** How the worker behaves; the defaults suit a company's notifications. */
	record Tuning(int batchSize, Duration claimTimeout, int maxAttempts, Duration backoff, Duration maxBackoff,
			Duration pollInterval) {
	}

	private final JdbcTemplate jdbc;

	private final Map<String, OutboxSender> senders;

	private final Tuning tuning;

	private final Clock clock;

	private final String node;

	private final boolean background;

	private final ScheduledExecutorService executor;

	private final AtomicBoolean requested = new AtomicBoolean();

	@Autowired
	OutboxWorker(JdbcTemplate jdbc, List<OutboxSender> senders, @Value("${baton.outbox.batch-size:20}") int batchSize,
			@Value("${baton.outbox.claim-timeout:5m}") Duration claimTimeout,
			@Value("${baton.outbox.max-attempts:8}") int maxAttempts,
			@Value("${baton.outbox.backoff:30s}") Duration backoff,
			@Value("${baton.outbox.max-backoff:6h}") Duration maxBackoff,
			@Value("${baton.outbox.poll-interval:30s}") Duration pollInterval,
			@Value("${baton.outbox.enabled:true}") boolean background) {
		this(jdbc, senders, new Tuning(batchSize, claimTimeout, maxAttempts, backoff, maxBackoff, pollInterval),
				Clock.systemUTC(), nodeName(), background);
	}

	OutboxWorker(JdbcTemplate jdbc, List<OutboxSender> senders, Tuning tuning, Clock clock, String node,
			boolean background) {
		this.jdbc = jdbc;
		this.senders = senders.stream().collect(Collectors.toMap(OutboxSender::channel, Function.identity()));
		this.tuning = tuning;
		this.clock = clock;
		this.node = node.length() > 40 ? node.substring(0, 40) : node;
		this.background = background;
		this.executor = background ? Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "baton-outbox");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	/**
	 * Asks the background thread to deliver what is due (right after a transaction that
	 * enqueued something commits, and on every poll); wake-ups while one is waiting are
	 * one.
	 */
	void wake() {
		if (background && requested.compareAndSet(false, true)) {
			try {
				executor.execute(this::drain);
			}
			catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
				requested.set(false);
			}
		}
	}

	/** The poll: delivers what a wake-up missed (a crash, a retry that came due). */
	@Scheduled(fixedDelayString = "${baton.outbox.poll-interval:30s}",
			initialDelayString = "${baton.outbox.poll-interval:30s}")
	void poll() {
		wake();
	}

	private void drain() {
		requested.set(false);
		try {
			while (runOnce() >= tuning.batchSize()) {
				// a full batch: more may be due
			}
			wakeWhenNextDue();
		}
		catch (RuntimeException failure) {
			log.warn("The outbox worker could not deliver: {}", failure.toString());
		}
	}

	/**
	 * A row that waits a short while (a retry's backoff, a rate limit) is tried when it
	 * is due, not at the next poll.
	 */
	private void wakeWhenNextDue() {
		if (senders.isEmpty()) {
			return;
		}
		List<Object> arguments = new ArrayList<>(List.of(Outbox.PENDING));
		arguments.addAll(senders.keySet());
		Timestamp next = jdbc.queryForObject(
				"SELECT MIN(next_attempt_at) FROM baton_outbox WHERE status = ? AND channel IN ("
						+ senders.keySet().stream().map(channel -> "?").collect(Collectors.joining(",")) + ")",
				Timestamp.class, arguments.toArray());
		if (next == null) {
			return;
		}
		long wait = Math.max(10, Duration.between(clock.instant(), next.toInstant()).toMillis() + 10);
		if (wait < tuning.pollInterval().toMillis()) {
			executor.schedule(this::wake, wait, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Claims one batch of due rows and delivers them, in this thread, outside any
	 * transaction.
	 * @return how many rows were claimed
	 */
	int runOnce() {
		Claim claim = claim();
		for (OutboxMessage message : claim.messages()) {
			deliver(message, claim.token());
		}
		return claim.messages().size();
	}

	/** Rows one batch claimed, with the batch's token. */
	record Claim(String token, List<OutboxMessage> messages) {
	}

	/**
	 * Claims up to a batch of due rows that no live claim holds, with a token of this
	 * batch, and answers them. Nothing is sent: a worker that dies now leaves claims that
	 * expire.
	 */
	Claim claim() {
		Timestamp now = timestamp(clock.instant());
		if (senders.isEmpty()) {
			return new Claim(null, List.of());
		}
		// only the channels this worker can send: a node without a sender leaves the rows
		List<Object> arguments = new ArrayList<>(List.of(Outbox.PENDING, now, now));
		arguments.addAll(senders.keySet());
		String channels = senders.keySet().stream().map(channel -> "?").collect(Collectors.joining(","));
		List<Long> due = jdbc.queryForList("""
				SELECT id FROM baton_outbox WHERE status = ? AND next_attempt_at <= ?
				  AND (claimed_until IS NULL OR claimed_until < ?) AND channel IN (""" + channels + """
				) ORDER BY next_attempt_at, id LIMIT """ + " " + tuning.batchSize(), Long.class, arguments.toArray());
		if (due.isEmpty()) {
			return new Claim(null, List.of());
		}
		String token = node + ":" + UUID.randomUUID().toString().substring(0, 18);
		String ids = due.stream().map(String::valueOf).collect(Collectors.joining(","));
		int count = jdbc.update(
				"UPDATE baton_outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (" + ids
						+ ") AND status = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)",
				token, timestamp(clock.instant().plus(tuning.claimTimeout())), Outbox.PENDING, now, now);
		if (count == 0) {
			return new Claim(token, List.of());
		}
		List<OutboxMessage> claimed = jdbc.query("""
				SELECT id, channel, target, event_key, payload, attempts, created_at FROM baton_outbox
				WHERE id IN (""" + ids + ") AND claimed_by = ? ORDER BY id", OutboxWorker::message, token);
		return new Claim(token, claimed);
	}

	/** Sends one claimed row and records the outcome, if the claim is still ours. */
	void deliver(OutboxMessage message, String token) {
		OutboxSender sender = senders.get(message.channel());
		Delivery outcome;
		if (sender == null) {
			outcome = new Delivery.Undeliverable("No sender for channel " + message.channel());
		}
		else {
			try {
				outcome = sender.send(message);
			}
			catch (RuntimeException failure) {
				outcome = new Delivery.Failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
			}
		}
		if (!record(message, token, outcome)) {
			log.warn("Outbox row {} was delivered after its claim expired; another worker owns it now", message.id());
		}
	}

	private boolean record(OutboxMessage message, String token, Delivery outcome) {
		Instant now = clock.instant();
		int attempts = message.attempts() + 1;
		int updated;
		if (outcome instanceof Delivery.Sent) {
			updated = jdbc.update("""
					UPDATE baton_outbox SET status = ?, sent_at = ?, attempts = ?, last_error = NULL,
					    claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""", Outbox.SENT,
					timestamp(now), attempts, message.id(), token);
		}
		else if (outcome instanceof Delivery.Later later) {
			updated = jdbc.update("""
					UPDATE baton_outbox SET next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
					WHERE id = ? AND claimed_by = ?""", timestamp(now.plus(later.after())), error(later.reason()),
					message.id(), token);
		}
		else if (outcome instanceof Delivery.Failed failed && attempts < tuning.maxAttempts()) {
			updated = jdbc.update("""
					UPDATE baton_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL,
					    claimed_until = NULL WHERE id = ? AND claimed_by = ?""", attempts,
					timestamp(now.plus(backoff(attempts))), error(failed.reason()), message.id(), token);
		}
		else {
			String reason = outcome instanceof Delivery.Failed failed ? failed.reason()
					: ((Delivery.Undeliverable) outcome).reason();
			updated = fail(message, token, attempts, reason);
		}
		return updated == 1;
	}

	private int fail(OutboxMessage message, String token, int attempts, String reason) {
		log.warn("Outbox row {} ({}) failed for good after {} attempt(s)", message.id(), message.channel(), attempts);
		return jdbc.update(
				"""
						UPDATE baton_outbox SET status = ?, attempts = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
						WHERE id = ? AND claimed_by = ?""",
				Outbox.FAILED, attempts, error(reason), message.id(), token);
	}

	/** The wait after the given number of failed attempts: base × 2^(n−1), capped. */
	Duration backoff(int failedAttempts) {
		Duration wait = tuning.backoff();
		for (int i = 1; i < failedAttempts && wait.compareTo(tuning.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(tuning.maxBackoff()) > 0 ? tuning.maxBackoff() : wait;
	}

	@Override
	public void destroy() {
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	private static String error(String reason) {
		String text = reason == null || reason.isBlank() ? "?" : reason;
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
	}

	private static OutboxMessage message(ResultSet row, int i) throws SQLException {
		return new OutboxMessage(row.getLong("id"), row.getString("channel"), row.getString("target"),
				row.getString("event_key"), row.getString("payload"), row.getInt("attempts"),
				row.getTimestamp("created_at").toInstant());
	}

	private static String nodeName() {
		String name = ManagementFactory.getRuntimeMXBean().getName();
		return (name.length() > 24 ? name.substring(0, 24) : name) + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
