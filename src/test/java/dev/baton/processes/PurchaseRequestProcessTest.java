package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;

import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * processes/purchase-request.bpmn: every path through its gateways, and a reject from
 * every approval.
 */
@BatonTest
class PurchaseRequestProcessTest extends ShippedProcessFixture {

	private static final String PROCESS = "purchase-request";

	private static final String DEPARTMENT_HEAD_APPROVAL = "Task_DepartmentHeadApproval";

	private static final String FINANCE_APPROVAL = "Task_FinanceApproval";

	private static final String GENERAL_MANAGER_APPROVAL = "Task_GeneralManagerApproval";

	private static final String PLACE_ORDER = "Task_PlaceOrder";

	private static final String CONFIRM_RECEIPT = "Task_ConfirmReceipt";

	private static final String APPROVAL_FORM = "purchase-request-approval";

	@Test
	void isDeployedTogetherWithItsFormsAsOneDeploymentNamedAfterTheProcess() {
		// when
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// then
		driver.assertShippedAsOneDeployment(definition, "采购申请", "purchase-request.bpmn", "purchase-request-start.form",
				"purchase-request-approval.form", "purchase-request-order.form", "purchase-request-receipt.form",
				"purchase-request-revise.form");
	}

	@Test
	void startsFromTheRequestFormAndWaitsForTheDepartmentHead() {
		// given
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// when
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(1200));

		// then
		driver.assertStartForm(definition, "purchase-request-start");
		assertThat(instance).variables().containsEntry("initiator", ShippedProcessDriver.INITIATOR);
		driver.awaitTask(instance, DEPARTMENT_HEAD_APPROVAL, APPROVAL_FORM, "lina");
	}

	@Test
	void approvesFiveThousandOrLessWithTheDepartmentHeadAlone() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(5000));

		// when
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		placeOrder(instance);
		confirmReceipt(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_RequestSubmitted", DEPARTMENT_HEAD_APPROVAL,
					"Gateway_AmountAboveFinanceLimit", "Gateway_ApprovalsCompleted", PLACE_ORDER, CONFIRM_RECEIPT,
					"EndEvent_Completed")
			.hasNotPassed(FINANCE_APPROVAL, "Gateway_AmountAboveGeneralManagerLimit", GENERAL_MANAGER_APPROVAL,
					"EndEvent_Rejected");
	}

	@Test
	void approvesMoreThanFiveThousandUpToFiftyThousandWithFinanceToo() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(5000.01));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");

		// when
		approve(instance, FINANCE_APPROVAL, "wangfang");
		placeOrder(instance);
		confirmReceipt(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassedInOrder(DEPARTMENT_HEAD_APPROVAL, FINANCE_APPROVAL, "Gateway_AmountAboveGeneralManagerLimit",
					"Gateway_ApprovalsCompleted", PLACE_ORDER, CONFIRM_RECEIPT, "EndEvent_Completed")
			.hasNotPassed(GENERAL_MANAGER_APPROVAL, "EndEvent_Rejected");
	}

	@Test
	void approvesExactlyFiftyThousandWithoutTheGeneralManager() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(50000));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");

		// when
		approve(instance, FINANCE_APPROVAL, "wangfang");

		// then
		assertThat(instance).isWaitingAtExactly(PLACE_ORDER).hasNotPassed(GENERAL_MANAGER_APPROVAL);
	}

	@Test
	void approvesMoreThanFiftyThousandWithFinanceAndTheGeneralManager() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(50000.01));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		approve(instance, FINANCE_APPROVAL, "wangfang");

		// when
		approve(instance, GENERAL_MANAGER_APPROVAL, "zhouming");
		placeOrder(instance);
		confirmReceipt(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassedInOrder(DEPARTMENT_HEAD_APPROVAL, FINANCE_APPROVAL, GENERAL_MANAGER_APPROVAL,
					"Gateway_ApprovalsCompleted", PLACE_ORDER, CONFIRM_RECEIPT, "EndEvent_Completed")
			.hasNotPassed("EndEvent_Rejected");
		assertThat(instance).variables()
			.containsEntry("supplier", "得力办公用品")
			.containsEntry("orderNumber", "PO-2025-0042")
			.containsEntry("receivedComplete", true);
	}

	@Test
	void rejectsAtDepartmentHeadApprovalEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(60000));
		Task approval = openApproval(instance, DEPARTMENT_HEAD_APPROVAL, "lina");

		// when
		driver.reject(approval);

		// then
		assertRejected(instance);
		assertThat(instance).hasNotPassed(FINANCE_APPROVAL, GENERAL_MANAGER_APPROVAL);
	}

	@Test
	void rejectsAtFinanceApprovalEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(60000));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		Task approval = openApproval(instance, FINANCE_APPROVAL, "wangfang");

		// when
		driver.reject(approval);

		// then
		assertRejected(instance);
		assertThat(instance).hasNotPassed(GENERAL_MANAGER_APPROVAL);
	}

	@Test
	void rejectsAtGeneralManagerApprovalEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(60000));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		approve(instance, FINANCE_APPROVAL, "wangfang");
		Task approval = openApproval(instance, GENERAL_MANAGER_APPROVAL, "zhouming");

		// when
		driver.reject(approval);

		// then
		assertRejected(instance);
	}

	/**
	 * What the start form submits, minus the {@code items} list: the process reads only
	 * {@code total}, and how list values are stored is the forms module's concern
	 * (without camunda-spin the engine falls back to Java serialization for them).
	 */
	private static Map<String, Object> request(Number total) {
		Map<String, Object> values = new HashMap<>();
		values.put("title", "办公用品采购 Office supplies");
		values.put("reason", "新员工入职 New hires");
		values.put("neededBy", "2030-01-15");
		values.put("total", total);
		return values;
	}

	@Test
	void requestReturnedToTheInitiatorIsRevisedAndApprovedFromTheStartAgain() {
		// given finance is looking at a request above the finance limit
		ProcessInstance instance = driver.startAsInitiator(PROCESS, request(6000));
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		assertThat(instance).isWaitingAtExactly(FINANCE_APPROVAL);

		// when it is sent back to the requester's revise step (as Baton's return does)
		processEngine.getRuntimeService()
			.createProcessInstanceModification(instance.getId())
			.startBeforeActivity("Task_ReviseRequest")
			.cancelAllForActivity(FINANCE_APPROVAL)
			.execute();
		Task revise = driver.openTask(instance, "Task_ReviseRequest", "purchase-request-revise",
				ShippedProcessDriver.INITIATOR);
		complete(revise, withVariables("total", 4000));

		// then approval starts again with the department head, and the lower total skips
		// finance
		approve(instance, DEPARTMENT_HEAD_APPROVAL, "lina");
		assertThat(instance).isWaitingAtExactly("Task_PlaceOrder");
	}

	private Task openApproval(ProcessInstance instance, String taskKey, String approver) {
		return driver.awaitTask(instance, taskKey, APPROVAL_FORM, approver);
	}

	private void approve(ProcessInstance instance, String taskKey, String approver) {
		complete(openApproval(instance, taskKey, approver));
	}

	private void placeOrder(ProcessInstance instance) {
		Task order = driver.awaitTask(instance, PLACE_ORDER, "purchase-request-order", "huangqiang", "wujing");
		complete(order,
				withVariables("supplier", "得力办公用品", "orderNumber", "PO-2025-0042", "expectedDelivery", "2030-01-10"));
	}

	private void confirmReceipt(ProcessInstance instance) {
		Task receipt = driver.awaitInitiatorTask(instance, CONFIRM_RECEIPT, "purchase-request-receipt");
		complete(receipt, withVariables("receivedComplete", true, "receiptNotes", "齐全 Complete"));
	}

	private void assertRejected(ProcessInstance instance) {
		driver.assertRejected(instance, PLACE_ORDER, CONFIRM_RECEIPT);
	}

}
