package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;

import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/leave-request.bpmn: both sides of the days gateway, and a reject from every
 * approval.
 */
@BatonTest
class LeaveRequestProcessTest extends ShippedProcessFixture {

	private static final String PROCESS = "leave-request";

	private static final String MANAGER_APPROVAL = "Task_ManagerApproval";

	private static final String DEPARTMENT_HEAD_APPROVAL = "Task_DepartmentHeadApproval";

	private static final String HR_RECORD = "Task_HrRecord";

	private static final String APPROVAL_FORM = "leave-request-approval";

	@Autowired
	ApprovalLedger ledger;

	@Test
	void isDeployedTogetherWithItsFormsAsOneDeploymentNamedAfterTheProcess() {
		// when
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// then
		driver.assertShippedAsOneDeployment(definition, "请假申请", "leave-request.bpmn", "leave-request-start.form",
				"leave-request-approval.form", "leave-request-hr-record.form");
	}

	@Test
	void startsFromTheLeaveFormAndWaitsForTheManager() {
		// given
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// when
		ProcessInstance instance = driver.startAsInitiator(PROCESS, leave(1));

		// then
		driver.assertStartForm(definition, "leave-request-start");
		assertThat(instance).variables().containsEntry("initiator", ShippedProcessDriver.INITIATOR);
		driver.awaitTask(instance, MANAGER_APPROVAL, APPROVAL_FORM, "lina");
	}

	@Test
	void approvesThreeDaysOrLessWithTheManagerAlone() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, leave(3));

		// when
		approve(instance, MANAGER_APPROVAL, "lina");
		record(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_RequestSubmitted", MANAGER_APPROVAL, "Gateway_DaysAboveLimit",
					"Gateway_ApprovalsCompleted", HR_RECORD, "EndEvent_Completed")
			.hasNotPassed(DEPARTMENT_HEAD_APPROVAL, "EndEvent_Rejected");
	}

	@Test
	void approvesHalfADayWithTheManagerAlone() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, leave(0.5));

		// when
		approve(instance, MANAGER_APPROVAL, "lina");

		// then
		assertThat(instance).isWaitingAtExactly(HR_RECORD).hasNotPassed(DEPARTMENT_HEAD_APPROVAL);
	}

	@Test
	void approvesMoreThanThreeDaysWithTheManagerAndTheDepartmentHead() {
		// given yangxue, whose manager is a team lead below the head of Delivery
		ProcessInstance instance = driver.startAs("yangxue", PROCESS, leave(3.5));
		approve(instance, MANAGER_APPROVAL, "gaojian");

		// when
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "chenjie");
		record(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassedInOrder(MANAGER_APPROVAL, "Gateway_DaysAboveLimit", DEPARTMENT_HEAD_APPROVAL,
					"Gateway_ApprovalsCompleted", HR_RECORD, "EndEvent_Completed")
			.hasNotPassed("EndEvent_Rejected");
	}

	@Test
	void rejectsAtManagerApprovalEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, leave(10));
		Task approval = openApproval(instance, MANAGER_APPROVAL, "lina");

		// when
		driver.reject(approval);

		// then
		assertRejected(instance);
		assertThat(instance).hasNotPassed(DEPARTMENT_HEAD_APPROVAL);
	}

	@Test
	void rejectsAtDepartmentHeadApprovalEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAs("yangxue", PROCESS, leave(10));
		approve(instance, MANAGER_APPROVAL, "gaojian");
		Task approval = openApproval(instance, DEPARTMENT_HEAD_APPROVAL, "chenjie");

		// when
		driver.reject(approval);

		// then
		assertRejected(instance);
	}

	@Test
	void departmentHeadWhoJustApprovedAsManagerIsNotAskedTwice() {
		// given zhangwei, whose direct manager lina is also the head of Sales, asks for
		// five days
		ProcessInstance instance = driver.startAsInitiator(PROCESS, leave(5));

		// when lina approves as his manager
		approve(instance, MANAGER_APPROVAL, "lina");

		// then the department-head step is approved for her automatically, and recorded
		// as such
		assertThat(instance).isWaitingAtExactly(HR_RECORD).hasPassed(DEPARTMENT_HEAD_APPROVAL);
		assertThat(ledger.entriesOf(instance.getId()))
			.filteredOn(entry -> DEPARTMENT_HEAD_APPROVAL.equals(entry.stepId()))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.decision()).isEqualTo("auto-approve");
				assertThat(entry.actorId()).isEqualTo("lina");
			});
	}

	@Test
	void departmentHeadAskingForLeaveGoesToTheirOwnManager() {
		// given lina, head of Sales, asks for five days
		ProcessInstance instance = driver.startAs("lina", PROCESS, leave(5));

		// when her manager, the general manager, approves
		approve(instance, MANAGER_APPROVAL, "zhouming");

		// then the department-head step (lina herself) went to her manager, who had just
		// approved: auto-approved
		assertThat(instance).isWaitingAtExactly(HR_RECORD).hasPassed(DEPARTMENT_HEAD_APPROVAL);
	}

	/** What the start form submits; {@code days} is a whole or half number of days. */
	private static Map<String, Object> leave(Number days) {
		Map<String, Object> values = new HashMap<>();
		values.put("leaveType", "annual");
		values.put("startDate", "2030-05-06");
		values.put("endDate", "2030-05-10");
		values.put("days", days);
		values.put("reason", "探亲 Family visit");
		return values;
	}

	private Task openApproval(ProcessInstance instance, String taskKey, String approver) {
		return driver.awaitTask(instance, taskKey, APPROVAL_FORM, approver);
	}

	private void approve(ProcessInstance instance, String taskKey, String approver) {
		complete(openApproval(instance, taskKey, approver));
	}

	private void record(ProcessInstance instance) {
		Task record = driver.awaitTask(instance, HR_RECORD, "leave-request-hr-record", "zhouting");
		complete(record, withVariables("recorded", true, "hrNotes", "已录入 Recorded"));
	}

	private void assertRejected(ProcessInstance instance) {
		driver.assertRejected(instance, HR_RECORD);
	}

}
