package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.Directory;
import dev.baton.support.BatonApi;
import dev.baton.support.BatonTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox search finds what its box promises: the initiator by name or login, the
 * request id, the title and the step name, in every scope, with counts that match.
 */
@BatonTest
class InboxSearchTest {

	@Autowired
	MockMvc http;

	@Autowired
	Inbox inbox;

	@Autowired
	Directory directory;

	BatonApi api;

	String zhangweis;

	String liuyangs;

	@BeforeEach
	void twoLeaveRequestsWaitForLina() throws Exception {
		api = new BatonApi(http);
		// both work in Sales, so lina approves both
		zhangweis = api.start("zhangwei", "leave-request", InboxSummaryTest.leave(1));
		liuyangs = api.start("liuyang", "leave-request", InboxSummaryTest.leave(1));
	}

	@Test
	void theInitiatorsNameFindsTheirRequestsOnly() throws Exception {
		JsonNode found = search("lina", "assigned", "张伟");

		assertThat(requestIds(found)).contains(zhangweis).doesNotContain(liuyangs);
		assertThat(found.path("items"))
			.allSatisfy(item -> assertThat(item.path("initiator").path("id").asText()).isEqualTo("zhangwei"));
		assertThat(found.path("total").asLong()).isEqualTo(found.path("items").size());
		assertThat(requestIds(search("lina", "assigned", "刘洋"))).contains(liuyangs).doesNotContain(zhangweis);
	}

	@Test
	void theInitiatorsLoginFindsThemToo() throws Exception {
		assertThat(requestIds(search("lina", "all-mine", "ZhangWei"))).contains(zhangweis).doesNotContain(liuyangs);
	}

	@Test
	void theRequestIdTheTitleAndTheStepNameAreFound() throws Exception {
		assertThat(requestIds(search("lina", "assigned", zhangweis))).containsExactly(zhangweis);
		assertThat(requestIds(search("lina", "assigned", "直属上级"))).contains(zhangweis, liuyangs);
		String purchase = api.start("zhangwei", "purchase-request",
				InboxSummaryTest.purchase("独一无二的标题 " + zhangweis, 1));
		assertThat(requestIds(search("lina", "assigned", "独一无二的标题 " + zhangweis))).containsExactly(purchase);
	}

	@Test
	void tasksToClaimAreFoundByTheirInitiator() throws Exception {
		// given zhangwei's purchase approved by lina, offered to the purchasers
		String purchase = api.start("zhangwei", "purchase-request", InboxSummaryTest.purchase("纸 Paper", 1));
		String approval = search("lina", "assigned", purchase).path("items").get(0).path("id").asText();
		api.decide("lina", approval, "approve", null, java.util.Map.of());

		// then wujing finds it to claim by his name, and not by someone else's
		assertThat(requestIds(search("wujing", "candidate", "张伟"))).contains(purchase);
		assertThat(requestIds(search("wujing", "candidate", "刘洋"))).doesNotContain(purchase);
		// and the inbox itself finds it the same way, counted once
		InboxPage page = inbox.claimable("wujing", directory.groupIdsOf("wujing"),
				new InboxFilter(null, "张伟", null, null, 0, 100));
		assertThat(page.items()).extracting(InboxTask::businessKey).contains(purchase);
		assertThat(page.total()).isEqualTo(page.items().size());
	}

	@Test
	void aTextNamingNobodyFindsNothingAndLikeWildcardsAreLiteral() throws Exception {
		assertThat(search("lina", "all-mine", "没有这个人-" + zhangweis).path("total").asLong()).isZero();
		assertThat(search("lina", "all-mine", "%").path("total").asLong()).isZero();
		assertThat(search("lina", "all-mine", "_").path("total").asLong()).isZero();
	}

	private JsonNode search(String user, String scope, String text) throws Exception {
		return api.get(user, "/api/tasks", "scope", scope, "q", text, "size", "100");
	}

	private static List<String> requestIds(JsonNode page) {
		return BatonApi.texts(page.path("items"), "requestId");
	}

}
