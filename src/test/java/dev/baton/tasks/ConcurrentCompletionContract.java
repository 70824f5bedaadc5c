package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.baton.support.BatonTest;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same completion fired from two threads at the same moment, many times: exactly one
 * wins, the other gets a 409, and the request moves on exactly once. Runs on MariaDB only
 * (see the subclass): H2's locking says nothing about production.
 */
@BatonTest
abstract class ConcurrentCompletionContract {

	private static final int ROUNDS = 25;

	@Autowired
	TaskDecisions decisions;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ApprovalLedger ledger;

	@Test
	void exactlyOneOfTwoSimultaneousCompletionsWinsAndTheOtherGetsAConflict() throws Exception {
		TaskFixture fixture = new TaskFixture(runtime, tasks, identity);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				// given one open task for lina
				ProcessInstance leave = fixture.leave("zhangwei", 1);
				Task task = fixture.openTask(leave);
				// when she approves it from two threads at once
				CountDownLatch go = new CountDownLatch(1);
				List<Future<Integer>> outcomes = new ArrayList<>();
				for (int thread = 0; thread < 2; thread++) {
					outcomes.add(threads.submit(() -> {
						go.await();
						try {
							decisions.decide(task.getId(), "lina",
									new TaskDecisions.Decision("approve", null, Map.of(), null));
							return 200;
						}
						catch (ProblemException refused) {
							return refused.status().value();
						}
					}));
				}
				go.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> outcome : outcomes) {
					statuses.add(outcome.get(30, TimeUnit.SECONDS));
				}
				// then one succeeded and one was told of the conflict
				assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
				// and the request moved on exactly once, with one approval in the ledger
				assertThat(fixture.openTasks(leave)).as("round %d", round)
					.singleElement()
					.extracting(Task::getTaskDefinitionKey)
					.isEqualTo("Task_HrRecord");
				assertThat(ledger.entriesOf(leave.getId())).extracting(LedgerEntry::decision)
					.containsExactly("approve");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
