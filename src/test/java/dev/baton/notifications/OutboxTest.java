package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.support.BatonTest;

/**
 * The outbox: a row written in a transaction is delivered after it commits and never when
 * it rolls back; workers claim rows through the database, so two workers deliver each row
 * once; a crashed worker's claim expires; failures back off until they fail for good, and
 * a rate limit waits without using an attempt. The workers here send through a channel of
 * their own ({@code test-…}), which the application's worker never claims. (Through MySQL
 * Connector/J, MariaDB keeps whole seconds: times are compared to the second.)
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutboxTest {

	static final OutboxWorker.Tuning TUNING = new OutboxWorker.Tuning(10, Duration.ofMinutes(5), 3,
			Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofSeconds(30));

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	final String channel = "test-" + UUID.randomUUID().toString().substring(0, 8);

	/** Whatever the test's channel delivers, by row id, with how often. */
	final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();

	/** What the test's channel answers next; sent unless a test says otherwise. */
	volatile Delivery answer = new Delivery.Sent();

	final OutboxSender recorder = new OutboxSender() {
		@Override
		public String channel() {
			return channel;
		}

		@Override
		public Delivery send(OutboxMessage message) {
			delivered.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
			Thread.yield();
			return answer;
		}
	};

	@AfterEach
	void removeTheRows() {
		jdbc.update("DELETE FROM baton_outbox WHERE channel = ?", channel);
	}

	@Test
	void a_committed_row_is_delivered_once_and_enqueueing_it_again_changes_nothing() {
		OutboxWorker worker = worker("node-a", Clock.systemUTC());
		Outbox outbox = new Outbox(jdbc, worker);
		// given a row enqueued in a transaction that commits, and the same event again
		boolean first = inTransaction(() -> outbox.enqueue(channel, "zhangwei", "task:1:opened", "{\"n\":1}"));
		boolean again = inTransaction(() -> outbox.enqueue(channel, "zhangwei", "task:1:opened", "{\"n\":2}"));
		assertThat(first).isTrue();
		assertThat(again).isFalse();
		// when the worker runs twice
		worker.runOnce();
		worker.runOnce();
		// then it was delivered once, with the first payload, and is SENT
		assertThat(delivered).hasSize(1);
		assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(1));
		assertThat(row("status")).isEqualTo("SENT");
		assertThat(jdbc.queryForObject("SELECT payload FROM baton_outbox WHERE channel = ?", String.class, channel))
			.isEqualTo("{\"n\":1}");
	}

	@Test
	void a_rolled_back_transaction_sends_nothing() {
		OutboxWorker worker = worker("node-a", Clock.systemUTC());
		Outbox outbox = new Outbox(jdbc, worker);
		// given a row enqueued in a transaction that rolls back
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			outbox.enqueue(channel, "zhangwei", "task:2:opened", "{}");
			status.setRollbackOnly();
		});
		// when the worker runs
		int claimed = worker.runOnce();
		// then there is no row and nothing was sent
		assertThat(claimed).isZero();
		assertThat(delivered).isEmpty();
		assertThat(count()).isZero();
	}

	@Test
	void the_outbox_refuses_a_write_outside_a_transaction() {
		Outbox outbox = new Outbox(jdbc, worker("node-a", Clock.systemUTC()));
		assertThatThrownBy(() -> outbox.enqueue(channel, "zhangwei", "task:3:opened", "{}"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(count()).isZero();
	}

	@Test
	void two_workers_on_one_database_never_deliver_a_row_twice() throws Exception {
		// given 60 rows and two workers (two nodes) polling at the same moment
		Outbox outbox = new Outbox(jdbc, worker("node-a", Clock.systemUTC()));
		inTransaction(() -> {
			for (int i = 0; i < 60; i++) {
				outbox.enqueue(channel, "person-" + i, "event:" + i, "{}");
			}
			return null;
		});
		OutboxWorker a = worker("node-a", Clock.systemUTC());
		OutboxWorker b = worker("node-b", Clock.systemUTC());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (OutboxWorker worker : List.of(a, b)) {
				runs.add(nodes.submit((Callable<Integer>) () -> {
					start.await();
					int total = 0;
					int claimed;
					do {
						claimed = worker.runOnce();
						total += claimed;
					}
					while (claimed > 0 || pending() > 0);
					return total;
				}));
			}
			// when both drain the outbox together
			start.countDown();
			int claimedByA = runs.get(0).get();
			int claimedByB = runs.get(1).get();
			// then every row was delivered exactly once and claimed by exactly one worker
			assertThat(claimedByA + claimedByB).isEqualTo(60);
			assertThat(delivered).hasSize(60);
			assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(1));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE channel = ? AND status = 'SENT'",
					Integer.class, channel))
				.isEqualTo(60);
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void a_claim_of_a_crashed_worker_expires_and_its_late_answer_changes_nothing() {
		Outbox outbox = new Outbox(jdbc, worker("node-a", Clock.systemUTC()));
		inTransaction(() -> outbox.enqueue(channel, "zhangwei", "task:4:opened", "{}"));
		Instant now = Instant.now().plusMillis(1);
		OutboxWorker crashing = worker("node-a", Clock.fixed(now, ZoneOffset.UTC));
		// given a worker that claimed the row and died before sending it
		OutboxWorker.Claim lost = crashing.claim();
		assertThat(lost.messages()).hasSize(1);
		// when another worker looks while the claim lasts, it finds nothing
		assertThat(worker("node-b", Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC)).runOnce()).isZero();
		// and once the claim has expired, it delivers the row
		OutboxWorker later = worker("node-b", Clock.fixed(now.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
		assertThat(later.runOnce()).isEqualTo(1);
		assertThat(row("status")).isEqualTo("SENT");
		// then the first worker, back with a failure, cannot undo it
		answer = new Delivery.Failed("late");
		crashing.deliver(lost.messages().get(0), lost.token());
		assertThat(row("status")).isEqualTo("SENT");
		assertThat(row("last_error")).isNull();
	}

	@Test
	void a_failing_delivery_backs_off_then_fails_for_good_with_its_error() {
		Outbox outbox = new Outbox(jdbc, worker("node-a", Clock.systemUTC()));
		inTransaction(() -> outbox.enqueue(channel, "zhangwei", "task:5:opened", "{}"));
		Instant now = Instant.now().plusMillis(1);
		answer = new Delivery.Failed("connection refused");
		// when the first attempt fails, the next waits 30 s
		worker("node-a", Clock.fixed(now, ZoneOffset.UTC)).runOnce();
		assertThat(row("status")).isEqualTo("PENDING");
		assertThat(jdbc.queryForObject("SELECT attempts FROM baton_outbox WHERE channel = ?", Integer.class, channel))
			.isEqualTo(1);
		assertThat(nextAttempt()).isBetween(now.plusSeconds(29), now.plusSeconds(30));
		// and is not tried before that
		assertThat(worker("node-a", Clock.fixed(now.plusSeconds(29), ZoneOffset.UTC)).runOnce()).isZero();
		// the second failure waits twice as long
		worker("node-a", Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC)).runOnce();
		assertThat(nextAttempt()).isBetween(now.plusSeconds(89), now.plusSeconds(90));
		// then the third (the last allowed) fails the row with its error
		worker("node-a", Clock.fixed(now.plusSeconds(90), ZoneOffset.UTC)).runOnce();
		assertThat(row("status")).isEqualTo("FAILED");
		assertThat(row("last_error")).isEqualTo("connection refused");
		assertThat(worker("node-a", Clock.fixed(now.plus(Duration.ofDays(1)), ZoneOffset.UTC)).runOnce()).isZero();
	}

	@Test
	void a_rate_limit_waits_without_using_an_attempt() {
		Outbox outbox = new Outbox(jdbc, worker("node-a", Clock.systemUTC()));
		inTransaction(() -> outbox.enqueue(channel, "robot-1", "task:6:opened", "{}"));
		Instant now = Instant.now().plusMillis(1);
		answer = new Delivery.Later(Duration.ofSeconds(45), "rate limit");
		// when the platform says "later" three times (more than max attempts)
		for (int i = 0; i < 4; i++) {
			worker("node-a", Clock.fixed(now.plusSeconds(45L * i), ZoneOffset.UTC)).runOnce();
		}
		// then the row still waits, with no attempt used
		assertThat(row("status")).isEqualTo("PENDING");
		assertThat(jdbc.queryForObject("SELECT attempts FROM baton_outbox WHERE channel = ?", Integer.class, channel))
			.isZero();
		assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(4));
		// and once the platform takes it, it is sent
		answer = new Delivery.Sent();
		worker("node-a", Clock.fixed(now.plusSeconds(180), ZoneOffset.UTC)).runOnce();
		assertThat(row("status")).isEqualTo("SENT");
	}

	@Test
	void the_worker_wakes_when_the_enqueueing_transaction_commits() {
		// given a worker in the background, never called by the test
		OutboxWorker background = new OutboxWorker(jdbc, List.of(recorder), TUNING, Clock.systemUTC(), "node-w", true);
		try {
			Outbox outbox = new Outbox(jdbc, background);
			// when a transaction enqueues a row and commits
			inTransaction(() -> outbox.enqueue(channel, "zhangwei", "task:7:opened", "{}"));
			// then the row is delivered
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(row("status")));
			assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(1));
		}
		finally {
			background.destroy();
		}
	}

	@Test
	void a_row_that_waits_a_moment_is_tried_when_it_is_due_not_at_the_next_poll() {
		// given a background worker (this one never polls) and a platform that first says
		// "in 200 ms"
		OutboxWorker background = new OutboxWorker(jdbc, List.of(recorder), TUNING, Clock.systemUTC(), "node-w", true);
		answer = new Delivery.Later(Duration.ofMillis(200), "rate limit");
		try {
			Outbox outbox = new Outbox(jdbc, background);
			inTransaction(() -> outbox.enqueue(channel, "robot-1", "task:8:opened", "{}"));
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !delivered.isEmpty());
			answer = new Delivery.Sent();
			// then it is sent once it is due, by the worker itself
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(row("status")));
			assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValueGreaterThanOrEqualTo(2));
		}
		finally {
			background.destroy();
		}
	}

	OutboxWorker worker(String node, Clock clock) {
		return new OutboxWorker(jdbc, List.of(recorder), TUNING, clock, node, false);
	}

	<T> T inTransaction(Callable<T> work) {
		return new TransactionTemplate(transactions).execute(status -> {
			try {
				return work.call();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE channel = ?", Integer.class, channel);
	}

	int pending() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_outbox WHERE channel = ? AND status = 'PENDING'",
				Integer.class, channel);
	}

	String row(String column) {
		return jdbc.queryForObject("SELECT " + column + " FROM baton_outbox WHERE channel = ?", String.class, channel);
	}

	Instant nextAttempt() {
		return jdbc
			.queryForObject("SELECT next_attempt_at FROM baton_outbox WHERE channel = ?", Timestamp.class, channel)
			.toInstant();
	}

}
