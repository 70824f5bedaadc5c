package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.baton.support.BatonTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each robot stays under its platform's rate limit counted through the database, so two
 * nodes together never send more than the platform takes: 20 a minute for WeCom and
 * DingTalk, 5 a second and 100 a minute for Feishu. What does not fit waits; nothing is
 * dropped.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RobotRateLimitTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Robots robots;

	String robotId;

	final Instant start = Instant.parse("2026-12-07T10:00:00Z");

	@BeforeEach
	void givenARobot() {
		robotId = robots
			.create(new Robots.Change("test-rate", "WECOM", "PROCESS", "leave-request",
					"http://127.0.0.1:9/cgi-bin/webhook/send?key=" + RobotDeliveryTest.token(), null, true), "admin")
			.id();
	}

	@AfterEach
	void removeIt() {
		robots.delete(robotId, "admin");
	}

	@Test
	void two_nodes_together_send_twenty_a_minute_to_one_wecom_robot_and_the_rest_wait() throws Exception {
		// given two nodes that want to send 30 messages at the same moment
		List<RobotRateLimit> nodes = List.of(node(start), node(start));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<List<Optional<Duration>>>> runs = new ArrayList<>();
			for (RobotRateLimit node : nodes) {
				runs.add(threads.submit((Callable<List<Optional<Duration>>>) () -> {
					go.await();
					List<Optional<Duration>> answers = new ArrayList<>();
					for (int i = 0; i < 15; i++) {
						answers.add(node.take(robotId, RobotPlatform.WECOM));
					}
					return answers;
				}));
			}
			go.countDown();
			List<Optional<Duration>> answers = new ArrayList<>(runs.get(0).get());
			answers.addAll(runs.get(1).get());
			// then 20 may go and 10 wait about a minute
			assertThat(answers.stream().filter(Optional::isEmpty)).hasSize(20);
			assertThat(answers.stream().filter(Optional::isPresent).map(Optional::get)).hasSize(10)
				.allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61)));
		}
		finally {
			threads.shutdownNow();
		}
		// and a minute later the robot may send again
		assertThat(node(start.plusSeconds(62)).take(robotId, RobotPlatform.WECOM)).isEmpty();
	}

	@Test
	void feishu_takes_five_a_second() {
		RobotRateLimit node = node(start);
		for (int i = 0; i < 5; i++) {
			assertThat(node.take(robotId, RobotPlatform.FEISHU)).isEmpty();
		}
		// the sixth in the same second waits a moment
		assertThat(node.take(robotId, RobotPlatform.FEISHU))
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
		assertThat(node(start.plusSeconds(3)).take(robotId, RobotPlatform.FEISHU)).isEmpty();
	}

	RobotRateLimit node(Instant now) {
		return new RobotRateLimit(jdbc, transactions, Clock.fixed(now, ZoneOffset.UTC));
	}

}
