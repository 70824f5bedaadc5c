package dev.baton.deadlines;

import static dev.baton.deadlines.DeadlineProcesses.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.support.OnMariaDb;
import dev.baton.tasks.ApprovalLedger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two runners on one MariaDB database (as two nodes would be: each claims through the
 * database, nothing is shared in memory) act on every overdue task once.
 */
@BatonTest
@OnMariaDb
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlineRaceOnMariaDbTest {

	private static final int REQUESTS = 12;

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ApprovalLedger ledger;

	@Autowired
	DeadlineRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	private final List<ProcessInstance> started = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		for (ProcessInstance instance : started) {
			if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
				runtime.deleteProcessInstance(instance.getId(), "test over");
			}
			jdbc.update("DELETE FROM baton_deadline WHERE process_instance_id = ?", instance.getId());
		}
	}

	@Test
	void two_runners_at_the_same_moment_escalate_each_overdue_task_once() throws Exception {
		// given twelve requests whose step goes to the manager when overdue
		DeadlineProcesses processes = new DeadlineProcesses(publisher, runtime, tasks, identity);
		String key = processes.publish("due", "8h", "escalate", "transfer-to-manager", "remind-overdue", "once");
		for (int i = 0; i < REQUESTS; i++) {
			started.add(processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 9, 0)));
		}
		ClockUtil.reset();
		// when two runners run at the same moment, after the due time
		Instant overdue = shanghai(2025, 11, 10, 18, 0);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> acted = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				acted.add(nodes.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return runner.runDue(overdue);
				}));
			}
			int total = acted.get(0).get(2, TimeUnit.MINUTES) + acted.get(1).get(2, TimeUnit.MINUTES);
			// then every task was acted on once between them
			assertThat(total).isEqualTo(REQUESTS);
		}
		finally {
			nodes.shutdownNow();
		}
		// and each task went to chenjie with one ledger row of the rule
		for (ProcessInstance instance : started) {
			assertThat(processes.theTask(instance).getAssignee()).isEqualTo("chenjie");
			assertThat(ledger.entriesOf(instance.getId()))
				.filteredOn(entry -> entry.decision().equals("deadline-transfer"))
				.hasSize(1);
		}
		// and nothing is left to do for them
		assertThat(runner.runDue(overdue.plusSeconds(3600))).isZero();
	}

}
