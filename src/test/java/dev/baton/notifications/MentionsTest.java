package dev.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * @mentions in comments: by the person id the web app writes, never by the name shown;
 * the person is told and may read the request from then on.
 */
@BatonTest
class MentionsTest {

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
	void aMentionedPersonIsToldAndMayReadTheRequestFromThenOn() throws Exception {
		// given zhangwei's leave request at lina's step, which zhaolei may not read
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		api.as("zhaolei", get("/api/requests/" + id)).andExpect(status().isForbidden());
		// when lina comments mentioning him
		api.post("lina", "/api/tasks/" + task.getId() + "/comment", Map.of("comment", "@赵磊(zhaolei) 请核对预算"))
			.andExpect(status().isNoContent());
		// then he is told, with her comment, and the entry opens the request
		List<JsonNode> told = fixture.toldAbout("zhaolei", id);
		assertThat(told).singleElement().satisfies(item -> {
			assertThat(item.path("kind").asText()).isEqualTo("MENTIONED");
			assertThat(item.path("comment").asText()).isEqualTo("@赵磊(zhaolei) 请核对预算");
			assertThat(item.path("link").asText()).isEqualTo("/requests/" + id);
			assertThat(item.path("actor").path("id").asText()).isEqualTo("lina");
		});
		// and he may read the request now
		api.as("zhaolei", get("/api/requests/" + id)).andExpect(status().isOk());
	}

	@Test
	void theNameShownIsNeverTrustedOnlyTheIdAndUnknownOrLeftPeopleAreIgnored() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		Task task = fixture.openTask(id);
		// when lina writes a name that is not the id's, an unknown id, someone who left
		// and herself
		api.post("lina", "/api/tasks/" + task.getId() + "/comment",
				Map.of("comment", "@周明(sunli) @某人(nobody) @钱军(qianjun) @李娜(lina) @zhouming 看看"))
			.andExpect(status().isNoContent());
		// then only the person of the id is told: sunli, not zhouming (no id written)
		assertThat(fixture.kindsFor("sunli", id)).containsExactly("MENTIONED");
		assertThat(fixture.kindsFor("zhouming", id)).isEmpty();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM baton_notification WHERE recipient_id = ? AND request_id = ?",
						Long.class, "qianjun", id))
			.isZero();
		assertThat(fixture.kindsFor("lina", id)).containsExactly("TASK_ASSIGNED");
		api.as("sunli", get("/api/requests/" + id)).andExpect(status().isOk());
	}

	@Test
	void aMentionInADecisionsCommentCountsToo() throws Exception {
		String id = fixture.leave("zhangwei", 1);
		// when lina rejects, mentioning HR
		api.decide("lina", fixture.openTask(id).getId(), "reject", "@周婷(zhouting) 年假已用完", Map.of());
		// then zhouting is told and may read it; zhangwei hears of the rejection
		assertThat(fixture.kindsFor("zhouting", id)).containsExactly("MENTIONED");
		api.as("zhouting", get("/api/requests/" + id)).andExpect(status().isOk());
		assertThat(fixture.kindsFor("zhangwei", id)).containsExactly("REJECTED");
	}

}
