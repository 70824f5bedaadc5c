package dev.baton.deadlines;

import static dev.baton.deadlines.DeadlineProcesses.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.baton.engine.StepDeadline.Escalation;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Due dates from the business calendar, reminders and escalation, with the clock moved by
 * the test: the engine's clock when the task opens, the runner's moment when it runs.
 */
@BatonTest
@RecordApplicationEvents
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlinesTest {

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

	@Autowired
	ApplicationEvents events;

	DeadlineProcesses processes;

	@BeforeEach
	void processes() {
		processes = new DeadlineProcesses(publisher, runtime, tasks, identity);
	}

	@AfterEach
	void resetTheClock() {
		ClockUtil.reset();
	}

	@Test
	void a_step_due_in_working_hours_is_due_after_lunch_and_the_inbox_shows_it() {
		// given a step due in 2 working hours, opened on Monday 2025-11-10 at 11:00
		String key = processes.publish("due", "2h");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 11, 0));
		// then the task is due at 14:00 (the lunch hour does not count), in the engine
		// and
		// in the inbox
		Task task = processes.theTask(instance);
		assertThat(task.getDueDate().toInstant()).isEqualTo(shanghai(2025, 11, 10, 14, 0));
		assertThat(jdbc
			.queryForObject("SELECT due_at FROM baton_inbox_task WHERE task_id = ?", java.sql.Timestamp.class,
					task.getId())
			.toInstant()).isEqualTo(shanghai(2025, 11, 10, 14, 0));
		// and with nothing to remind of, no deadline row is kept
		assertThat(rowCount(task)).isZero();
	}

	@Test
	void three_working_days_from_the_friday_before_national_day_count_the_make_up_sunday() {
		// given a step due in 3 working days, opened on Friday 2025-09-26 at 10:00
		String key = processes.publish("due", "3d", "remind-overdue", "once");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 9, 26, 10, 0));
		// then it is due on Tuesday 30 September at 10:00: Sunday 28 is a make-up working
		// day
		assertThat(processes.theTask(instance).getDueDate().toInstant()).isEqualTo(shanghai(2025, 9, 30, 10, 0));
	}

	@Test
	void four_working_days_from_that_friday_land_after_the_national_day_holiday() {
		String key = processes.publish("due", "4d");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 9, 26, 10, 0));
		assertThat(processes.theTask(instance).getDueDate().toInstant()).isEqualTo(shanghai(2025, 10, 9, 10, 0));
	}

	@Test
	void the_approver_is_reminded_before_the_due_time_and_again_while_overdue_until_the_task_closes() {
		// given a step due in 1 working day, reminding 2 hours before and every 4 hours
		// when
		// overdue, opened on Monday 2025-11-10 at 10:00 (due Tuesday 10:00)
		String key = processes.publish("due", "1d", "remind-before", "2", "remind-overdue", "repeat", "remind-every",
				"4");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 10, 0));
		Task task = processes.theTask(instance);
		Instant due = shanghai(2025, 11, 11, 10, 0);
		// when the runner runs just before the reminder: nothing
		assertThat(runAt(due.minus(Duration.ofHours(2)).minusSeconds(1))).isZero();
		assertThat(events.stream(TaskDueSoon.class)).isEmpty();
		// when it runs at 08:00, and again at 08:00: one reminder to gaojian
		runAt(due.minus(Duration.ofHours(2)));
		runAt(due.minus(Duration.ofHours(2)));
		assertThat(events.stream(TaskDueSoon.class)).singleElement().satisfies(soon -> {
			assertThat(soon.taskId()).isEqualTo(task.getId());
			assertThat(soon.recipientIds()).containsExactly("gaojian");
			assertThat(soon.dueAt()).isEqualTo(due);
			assertThat(soon.stepName()).isEqualTo("经理审批");
		});
		// when it runs at the due time and 4 hours later: two overdue reminders
		runAt(due);
		runAt(due.plus(Duration.ofHours(3)));
		runAt(due.plus(Duration.ofHours(4)));
		assertThat(events.stream(TaskOverdue.class)).extracting(TaskOverdue::reminder).containsExactly(1, 2);
		// when the runner was down for a day: one reminder, not a burst
		runAt(due.plus(Duration.ofHours(27)));
		assertThat(events.stream(TaskOverdue.class)).extracting(TaskOverdue::reminder).containsExactly(1, 2, 7);
		// when gaojian approves, later runs remind nobody and the row is gone
		tasks.complete(task.getId());
		runAt(due.plus(Duration.ofHours(40)));
		assertThat(events.stream(TaskOverdue.class)).hasSize(3);
		assertThat(rowCount(task)).isZero();
	}

	@Test
	void escalation_hands_the_overdue_task_to_the_approvers_manager_once_as_done_by_the_rule() {
		// given a step due in 8 working hours that goes to the manager 2 hours overdue
		String key = processes.publish("due", "8h", "escalate", "transfer-to-manager", "escalate-after", "2");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 9, 0));
		Task task = processes.theTask(instance);
		Instant due = shanghai(2025, 11, 10, 18, 0);
		// when the runner runs 1 hour overdue: gaojian keeps it
		runAt(due.plus(Duration.ofHours(1)));
		assertThat(processes.theTask(instance).getAssignee()).isEqualTo("gaojian");
		// when it runs 2 hours overdue, twice
		runAt(due.plus(Duration.ofHours(2)));
		runAt(due.plus(Duration.ofHours(3)));
		// then chenjie, gaojian's manager, has the task, once, recorded without an actor
		assertThat(processes.theTask(instance).getAssignee()).isEqualTo("chenjie");
		assertThat(ruleEntries(instance)).singleElement().satisfies(entry -> {
			assertThat(entry.decision()).isEqualTo("deadline-transfer");
			assertThat(entry.actorId()).isNull();
			assertThat(entry.targetId()).isEqualTo("chenjie");
			assertThat(entry.taskId()).isEqualTo(task.getId());
		});
		assertThat(events.stream(TaskEscalated.class)).singleElement().satisfies(escalated -> {
			assertThat(escalated.escalation()).isEqualTo(Escalation.TRANSFER_TO_MANAGER);
			assertThat(escalated.approverIds()).containsExactly("gaojian");
			assertThat(escalated.managerId()).isEqualTo("chenjie");
			assertThat(escalated.recipientIds()).containsExactly("chenjie");
		});
		// and the inbox shows it to chenjie
		assertThat(jdbc.queryForObject("SELECT assignee FROM baton_inbox_task WHERE task_id = ?", String.class,
				task.getId()))
			.isEqualTo("chenjie");
	}

	@Test
	void escalation_can_tell_the_manager_and_leave_the_task_where_it_is() {
		String key = processes.publish("due", "8h", "escalate", "notify-manager");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 9, 0));
		runAt(shanghai(2025, 11, 10, 18, 0));
		assertThat(processes.theTask(instance).getAssignee()).isEqualTo("gaojian");
		assertThat(ruleEntries(instance)).extracting(LedgerEntry::decision, LedgerEntry::targetId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("deadline-notify", "chenjie"));
		assertThat(events.stream(TaskEscalated.class)).singleElement()
			.satisfies(escalated -> assertThat(escalated.recipientIds()).containsExactly("chenjie"));
	}

	@Test
	void escalation_can_approve_the_overdue_step_automatically() {
		String key = processes.publish("due", "8h", "escalate", "approve", "escalate-after", "24");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 9, 0));
		assertThat(runAt(shanghai(2025, 11, 11, 17, 59))).isZero();
		runAt(shanghai(2025, 11, 11, 18, 0));
		assertThat(processes.ended(instance)).isTrue();
		assertThat(ruleEntries(instance)).extracting(LedgerEntry::decision).containsExactly("deadline-approve");
		assertThat(events.stream(TaskEscalated.class)).singleElement()
			.satisfies(escalated -> assertThat(escalated.recipientIds()).containsExactly("chenjie", "gaojian"));
	}

	@Test
	void escalation_can_reject_the_overdue_request_automatically() {
		String key = processes.publish("due", "8h", "escalate", "reject");
		ProcessInstance instance = processes.startAt(key, "yangxue", shanghai(2025, 11, 10, 9, 0));
		runAt(shanghai(2025, 11, 10, 18, 0));
		assertThat(processes.ended(instance)).isTrue();
		assertThat(ruleEntries(instance)).extracting(LedgerEntry::decision).containsExactly("deadline-reject");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void a_deadline_that_cannot_be_read_is_refused_at_deployment_naming_the_element_and_the_setting() {
		assertThatThrownBy(() -> processes.publish("due", "3 weeks")).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Task_Approve")
			.hasMessageContaining("3 weeks");
		assertThatThrownBy(() -> processes.publish("due", "1d", "escalate", "fire-them"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("baton.deadline.escalate")
			.hasMessageContaining("fire-them");
		assertThatThrownBy(() -> processes.publish("remind-before", "2")).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("baton.deadline.due");
		assertThatThrownBy(() -> processes.publish("due", "1d", "remind-overdue", "repeat"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("baton.deadline.remind-every");
	}

	private int runAt(Instant now) {
		return runner.runDue(now);
	}

	private List<LedgerEntry> ruleEntries(ProcessInstance instance) {
		return ledger.entriesOf(instance.getId())
			.stream()
			.filter(entry -> entry.decision().startsWith("deadline-"))
			.toList();
	}

	private int rowCount(Task task) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_deadline WHERE task_id = ?", Integer.class,
				task.getId());
	}

}
