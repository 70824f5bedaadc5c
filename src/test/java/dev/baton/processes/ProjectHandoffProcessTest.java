package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;

import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * processes/project-handoff.bpmn: accept at once, the return loop, both completion orders
 * of the parallel billing and provisioning work, and a reject from the delivery review.
 */
@BatonTest
class ProjectHandoffProcessTest extends ShippedProcessFixture {

	private static final String PROCESS = "project-handoff";

	private static final String DELIVERY_REVIEW = "Task_DeliveryReview";

	private static final String PROVIDE_MISSING_INFORMATION = "Task_ProvideMissingInformation";

	private static final String SET_UP_BILLING = "Task_SetUpBilling";

	private static final String PROVISION_RESOURCES = "Task_ProvisionResources";

	private static final String KICKOFF = "Task_Kickoff";

	@Test
	void isDeployedTogetherWithItsFormsAsOneDeploymentNamedAfterTheProcess() {
		// when
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// then
		driver.assertShippedAsOneDeployment(definition, "项目交接", "project-handoff.bpmn", "project-handoff-start.form",
				"project-handoff-review.form", "project-handoff-missing-information.form",
				"project-handoff-billing.form", "project-handoff-resources.form", "project-handoff-kickoff.form");
	}

	@Test
	void startsFromTheHandoffFormAndWaitsForTheDeliveryReview() {
		// given
		ProcessDefinition definition = driver.latestDefinition(PROCESS);

		// when
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());

		// then
		driver.assertStartForm(definition, "project-handoff-start");
		assertThat(instance).variables().containsEntry("initiator", ShippedProcessDriver.INITIATOR);
		openReview(instance);
	}

	@Test
	void acceptedHandoffFinishesWhenBillingIsSetUpBeforeResourcesAreProvisioned() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());
		review(instance, "accept");

		// when
		assertThat(instance).isWaitingAtExactly(SET_UP_BILLING, PROVISION_RESOURCES);
		setUpBilling(instance);
		assertThat(instance).isWaitingAtExactly(PROVISION_RESOURCES, "Gateway_HandoffWorkDone");
		provisionResources(instance);
		kickOff(instance);

		// then
		assertEndedAfterParallelWork(instance);
	}

	@Test
	void acceptedHandoffFinishesWhenResourcesAreProvisionedBeforeBillingIsSetUp() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());
		review(instance, "accept");

		// when
		assertThat(instance).isWaitingAtExactly(SET_UP_BILLING, PROVISION_RESOURCES);
		provisionResources(instance);
		assertThat(instance).isWaitingAtExactly(SET_UP_BILLING, "Gateway_HandoffWorkDone");
		setUpBilling(instance);
		kickOff(instance);

		// then
		assertEndedAfterParallelWork(instance);
		assertThat(instance).variables()
			.containsEntry("handoffDecision", "accept")
			.containsEntry("resourcesReady", true)
			.containsEntry("kickoffDate", "2030-03-02");
	}

	@Test
	void returnsTwiceForMissingInformationThenAccepts() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());

		// when
		review(instance, "return");
		provideMissingInformation(instance, "已补充工作说明书 SOW attached");
		review(instance, "return");
		provideMissingInformation(instance, "已补充付款里程碑 Payment milestones added");
		review(instance, "accept");

		// then
		assertThat(instance).isWaitingAtExactly(SET_UP_BILLING, PROVISION_RESOURCES)
			.variables()
			.containsEntry("answer", "已补充付款里程碑 Payment milestones added");
		assertThat(timesPassed(instance, DELIVERY_REVIEW)).isEqualTo(3);
		assertThat(timesPassed(instance, PROVIDE_MISSING_INFORMATION)).isEqualTo(2);
	}

	@Test
	void acceptedHandoffFinishesAfterTwoReturns() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());
		review(instance, "return");
		provideMissingInformation(instance, "已补充工作说明书 SOW attached");
		review(instance, "return");
		provideMissingInformation(instance, "已补充付款里程碑 Payment milestones added");
		review(instance, "accept");

		// when
		setUpBilling(instance);
		provisionResources(instance);
		kickOff(instance);

		// then
		assertThat(instance).isEnded()
			.hasPassed(PROVIDE_MISSING_INFORMATION, SET_UP_BILLING, PROVISION_RESOURCES, KICKOFF, "EndEvent_Completed")
			.hasNotPassed("EndEvent_Rejected");
	}

	@Test
	void rejectsAtDeliveryReviewEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());
		Task review = openReview(instance);

		// when
		driver.reject(review);

		// then
		assertRejected(instance);
		assertThat(instance).hasNotPassed(PROVIDE_MISSING_INFORMATION);
	}

	@Test
	void rejectsAtDeliveryReviewAfterAReturnEndsAsRejected() {
		// given
		ProcessInstance instance = driver.startAsInitiator(PROCESS, handoff());
		review(instance, "return");
		provideMissingInformation(instance, "客户不再需要 Customer cancelled");
		Task review = openReview(instance);

		// when
		driver.reject(review);

		// then
		assertRejected(instance);
	}

	/**
	 * What the sales start form submits, minus the {@code handoffChecklist} list: the
	 * process reads none of it, and how list values are stored is the forms module's
	 * concern.
	 */
	private static Map<String, Object> handoff() {
		Map<String, Object> values = new HashMap<>();
		values.put("projectName", "华东仓储系统 East China warehouse system");
		values.put("customer", "上海某物流有限公司 Shanghai Logistics Ltd.");
		values.put("contractNumber", "HT-2030-017");
		values.put("contractAmount", 860000.0);
		values.put("signedDate", "2030-02-20");
		values.put("notes", "客户希望三月初启动 Customer wants to start early March");
		return values;
	}

	private Task openReview(ProcessInstance instance) {
		return driver.awaitTask(instance, DELIVERY_REVIEW, "project-handoff-review", "chenjie");
	}

	private void review(ProcessInstance instance, String decision) {
		complete(openReview(instance), withVariables("handoffDecision", decision, "reviewNotes",
				"return".equals(decision) ? "请补充 Please add the missing items" : "资料齐全 Complete"));
	}

	private void provideMissingInformation(ProcessInstance instance, String answer) {
		Task task = driver.awaitInitiatorTask(instance, PROVIDE_MISSING_INFORMATION,
				"project-handoff-missing-information");
		complete(task, withVariables("answer", answer, "notes", "见补充说明 See the answer"));
	}

	private void setUpBilling(ProcessInstance instance) {
		Task billing = driver.openTask(instance, SET_UP_BILLING, "project-handoff-billing", "zhaolei");
		complete(billing, withVariables("billingNotes", "按合同三期开票 Three invoices as per contract"));
	}

	private void provisionResources(ProcessInstance instance) {
		Task resources = driver.openTask(instance, PROVISION_RESOURCES, "project-handoff-resources", "xuhao", "admin");
		complete(resources, withVariables("resourcesReady", true, "resourceNotes", "已开通账号 Accounts created"));
	}

	private void kickOff(ProcessInstance instance) {
		Task kickoff = driver.awaitTask(instance, KICKOFF, "project-handoff-kickoff", "chenjie");
		complete(kickoff, withVariables("kickoffDate", "2030-03-02"));
	}

	private static long timesPassed(ProcessInstance instance, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.finished()
			.count();
	}

	/**
	 * Billing and provisioning end in separate transactions, possibly in the same
	 * millisecond, so their order is checked while driving (the instance waits at the
	 * other one), not from history here.
	 */
	private static void assertEndedAfterParallelWork(ProcessInstance instance) {
		assertThat(instance).isEnded()
			.hasPassedInOrder("StartEvent_RequestSubmitted", DELIVERY_REVIEW, "Gateway_HandoffAccepted",
					"Gateway_StartHandoffWork")
			.hasPassed(SET_UP_BILLING, PROVISION_RESOURCES, "Gateway_HandoffWorkDone")
			.hasPassedInOrder(KICKOFF, "EndEvent_Completed")
			.hasNotPassed(PROVIDE_MISSING_INFORMATION, "EndEvent_Rejected");
		assertThat(timesPassed(instance, KICKOFF)).as("the join lets one token through").isEqualTo(1);
	}

	private void assertRejected(ProcessInstance instance) {
		driver.assertRejected(instance, SET_UP_BILLING, PROVISION_RESOURCES, KICKOFF);
	}

}
