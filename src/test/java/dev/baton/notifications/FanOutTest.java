package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who hears about what, over Baton's own API: each rule of the fan-out, and never the
 * person who acted.
 */
@BatonTest
class FanOutTest {

	@Autowired
	MockMvc http;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	BatonApi api;

	NotificationFixture fixture;

	@BeforeEach
	void fixture() {
		api = new BatonApi(http);
		fixture = new NotificationFixture(api, taskService, jdbc);
	}

	@AfterEach
	void cleanUp() {
		fixture.cleanUp();
	}

	@Test
	void aNewTaskForAPersonByNameTellsThemAndNotTheInitiator() throws Exception {
		// when zhangwei asks for a day off
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		// then lina, his manager, is told she has a task, which the entry opens
		List<JsonNode> told = fixture.toldAbout("lina", id);
		assertThat(told).singleElement().satisfies(item -> {
			assertThat(item.path("kind").asText()).isEqualTo("TASK_ASSIGNED");
			assertThat(item.path("link").asText()).isEqualTo("/tasks/" + task.getId());
			assertThat(item.path("taskId").asText()).isEqualTo(task.getId());
			assertThat(item.path("stepName").asText()).isEqualTo(task.getName());
			assertThat(item.path("actor").path("id").asText()).isEqualTo("zhangwei");
			assertThat(item.path("read").asBoolean()).isFalse();
		});
		// and zhangwei is told nothing about his own action
		assertThat(fixture.kindsFor("zhangwei", id)).isEmpty();
	}

	@Test
	void aTaskOfferedToCandidatesTellsEachOfThemAndAClaimTellsNobody() throws Exception {
		// given a purchase past its department head: the order step is offered to the
		// purchasers
		String id = fixture.purchase("zhangwei");
		api.decide("lina", fixture.openTask(id).getId(), "approve", null, Map.of());
		Task order = fixture.openTask(id);
		assertThat(order.getTaskDefinitionKey()).isEqualTo("Task_PlaceOrder");
		// then both purchasers are offered it
		assertThat(fixture.kindsFor("wujing", id)).containsExactly("TASK_OFFERED");
		assertThat(fixture.kindsFor("huangqiang", id)).containsExactly("TASK_OFFERED");
		// when wujing claims it, nobody hears of it
		api.claim("wujing", order.getId());
		assertThat(fixture.kindsFor("wujing", id)).containsExactly("TASK_OFFERED");
		assertThat(fixture.kindsFor("huangqiang", id)).containsExactly("TASK_OFFERED");
	}

	@Test
	void aTaskOfferedToARoleOrADepartmentTellsItsActiveMembers() throws Exception {
		// given zhangwei's leave request at lina's step, released to nobody
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		taskService.setAssignee(task.getId(), null);
		// when the purchasers' role is added as a candidate group (as /engine-rest could)
		taskService.addCandidateGroup(task.getId(), "purchaser");
		// then each holder of the role is offered it, and nobody else
		assertThat(fixture.kindsFor("wujing", id)).containsExactly("TASK_OFFERED");
		assertThat(fixture.kindsFor("huangqiang", id)).containsExactly("TASK_OFFERED");
		assertThat(fixture.kindsFor("zhouting", id)).isEmpty();
		// when HR's department is added too, its active members are offered it
		taskService.addCandidateGroup(task.getId(), "hr");
		assertThat(fixture.kindsFor("zhouting", id)).containsExactly("TASK_OFFERED");
		assertThat(fixture.kindsFor("sunli", id)).containsExactly("TASK_OFFERED");
	}

	@Test
	void aTransferAndADelegationTellTheNewAssigneeButNeverTheOneWhoHandedItOn() throws Exception {
		// given lina's task of zhangwei's leave request
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		// when she transfers it to zhouming
		api.post("lina", "/api/tasks/" + task.getId() + "/transfer", Map.of("userId", "zhouming", "comment", "请代批"))
			.andExpect(status().isOk());
		// then he has it by name
		assertThat(fixture.kindsFor("zhouming", id)).containsExactly("TASK_ASSIGNED");
		// when he delegates it to sunli
		api.post("zhouming", "/api/tasks/" + task.getId() + "/delegate", Map.of("userId", "sunli"))
			.andExpect(status().isOk());
		// then she has it, and zhouming heard nothing of his own delegation
		assertThat(fixture.kindsFor("sunli", id)).containsExactly("TASK_ASSIGNED");
		assertThat(fixture.kindsFor("zhouming", id)).containsExactly("TASK_ASSIGNED");
		// when sunli approves, the delegated task comes back to zhouming
		api.decide("sunli", task.getId(), "approve", null, Map.of());
		assertThat(fixture.kindsFor("zhouming", id)).containsExactly("TASK_ASSIGNED", "TASK_ASSIGNED");
		assertThat(fixture.kindsFor("lina", id)).containsExactly("TASK_ASSIGNED");
	}

	@Test
	void anApprovalAtTheEndTellsTheInitiatorAndNotTheLastApprover() throws Exception {
		// given zhangwei's leave request approved by lina
		String id = fixture.leave("zhangwei", 1);
		api.decide("lina", fixture.openTask(id).getId(), "approve", "同意", Map.of());
		assertThat(fixture.kindsFor("zhouting", id)).containsExactly("TASK_ASSIGNED");
		// when HR records it, the last step
		api.decide("zhouting", fixture.openTask(id).getId(), "approve", "已录入", Map.of("recorded", true));
		// then zhangwei hears it was approved, from zhouting
		assertThat(fixture.toldAbout("zhangwei", id)).singleElement().satisfies(item -> {
			assertThat(item.path("kind").asText()).isEqualTo("APPROVED");
			assertThat(item.path("link").asText()).isEqualTo("/requests/" + id);
			assertThat(item.path("actor").path("id").asText()).isEqualTo("zhouting");
			assertThat(item.path("processKey").asText()).isEqualTo("leave-request");
		});
		assertThat(fixture.kindsFor("zhouting", id)).containsExactly("TASK_ASSIGNED");
	}

	@Test
	void aRejectionTellsTheInitiatorWhy() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		// when lina rejects it
		api.decide("lina", fixture.openTask(id).getId(), "reject", "项目关键期", Map.of());
		// then zhangwei hears it, with her reason
		assertThat(fixture.toldAbout("zhangwei", id)).singleElement().satisfies(item -> {
			assertThat(item.path("kind").asText()).isEqualTo("REJECTED");
			assertThat(item.path("comment").asText()).isEqualTo("项目关键期");
			assertThat(item.path("actor").path("name").asText()).isEqualTo("李娜");
		});
	}

	@Test
	void aReturnTellsWhoeverWorksTheStepAgainOnceAndTheInitiator() throws Exception {
		// given zhangwei's leave request approved by lina, at HR
		String id = fixture.leave("zhangwei", 1);
		api.decide("lina", fixture.openTask(id).getId(), "approve", null, Map.of());
		// when HR returns it to lina's step
		api.returnTo("zhouting", fixture.openTask(id).getId(), "Task_ManagerApproval", "日期有误");
		Task again = fixture.openTask(id);
		// then lina hears it came back, once, with HR's reason, and the entry opens her
		// task
		List<JsonNode> lina = fixture.toldAbout("lina", id);
		assertThat(lina).extracting(item -> item.path("kind").asText()).containsExactly("RETURNED", "TASK_ASSIGNED");
		assertThat(lina.get(0).path("link").asText()).isEqualTo("/tasks/" + again.getId());
		assertThat(lina.get(0).path("comment").asText()).isEqualTo("日期有误");
		// and zhangwei hears his request was returned; HR hears nothing of it
		assertThat(fixture.kindsFor("zhangwei", id)).containsExactly("RETURNED");
		assertThat(fixture.kindsFor("zhouting", id)).containsExactly("TASK_ASSIGNED");
	}

	@Test
	void aWithdrawalTellsThoseWhoHadItsOpenTasks() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		// when zhangwei withdraws it
		api.post("zhangwei", "/api/requests/" + id + "/withdraw", Map.of("comment", "不休了")).andExpect(status().isOk());
		// then lina hears it, and the entry opens the request
		List<JsonNode> lina = fixture.toldAbout("lina", id);
		assertThat(lina).extracting(item -> item.path("kind").asText()).containsExactly("WITHDRAWN", "TASK_ASSIGNED");
		assertThat(lina.get(0).path("link").asText()).isEqualTo("/requests/" + id);
		assertThat(fixture.kindsFor("zhangwei", id)).isEmpty();
	}

	@Test
	void aCopyAndAnUrgeTellThePeopleConcerned() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		// when lina copies it to sunli
		api.post("lina", "/api/tasks/" + task.getId() + "/cc", Map.of("userIds", List.of("sunli")))
			.andExpect(status().isNoContent());
		// then sunli hears of the copy
		assertThat(fixture.kindsFor("sunli", id)).containsExactly("COPIED");
		// when zhangwei urges his request
		api.post("zhangwei", "/api/requests/" + id + "/urge", Map.of("comment", "急")).andExpect(status().isNoContent());
		// then lina hears it, with what he wrote
		List<JsonNode> lina = fixture.toldAbout("lina", id);
		assertThat(lina.get(0).path("kind").asText()).isEqualTo("URGED");
		assertThat(lina.get(0).path("comment").asText()).isEqualTo("急");
	}

}
