package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.LeaveRequests;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An approval that races a withdrawal (or any action on a task that disappears under it)
 * is answered 409 {@code task.gone}, never 500; and whichever wins, the request is
 * consistent: approved and moved on, or withdrawn with no approval in its ledger.
 */
@BatonTest
abstract class ApprovalRaceContract {

	private static final int ROUNDS = 12;

	@LocalServerPort
	int port;

	@Autowired
	TaskDecisions decisions;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	ApprovalLedger ledger;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void aWithdrawalBetweenLoadingTheTaskAndApprovingItMakesTheApprovalTaskGone() throws Exception {
		// given zhangwei's leave request waiting for lina
		String requestId = LeaveRequests.start(http, "zhangwei", 1);
		Task task = openTask(requestId);
		// when lina approves, and zhangwei withdraws the request right after her task was
		// loaded
		ProblemException refused = catchThrowableOfType(
				() -> decisions.decide(task.getId(), "lina",
						new TaskDecisions.Decision("approve", "ok", Map.of(), null),
						loaded -> assertThat(onAnotherThread(() -> withdraw(requestId)).statusCode()).isEqualTo(200)),
				ProblemException.class);
		// then her approval is told the task is gone
		assertThat(refused.status().value()).isEqualTo(409);
		assertThat(refused.messageKey()).isEqualTo("task.gone");
		// and the request is withdrawn, with no approval in its ledger
		assertThat(status(requestId)).isEqualTo("WITHDRAWN");
		assertThat(ledger.entriesOf(instanceOf(requestId))).extracting(LedgerEntry::decision)
			.containsExactly("start", "withdraw");
	}

	@Test
	void everyActionOnATaskOfAWithdrawnRequestIsTaskGone() {
		String requestId = LeaveRequests.start(http, "zhangwei", 1);
		Task task = openTask(requestId);
		assertThat(withdraw(requestId).statusCode()).isEqualTo(200);
		String base = "/api/tasks/" + task.getId();
		for (HttpResponse<String> response : List.of(post(base + "/complete", "lina", "{\"decision\":\"approve\"}"),
				post(base + "/transfer", "lina", "{\"userId\":\"sunli\"}"),
				post(base + "/comment", "lina", "{\"comment\":\"noted\"}"), post(base + "/claim", "lina", "{}"),
				http.send(http.request(base, "lina", "demo").header("Accept-Language", "en").GET()))) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(409);
			assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("task.gone");
			assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("withdrawn");
		}
	}

	@Test
	void anApprovalAndAWithdrawalAtTheSameMomentNeverFailAndLeaveOneOutcome() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				// given a leave request waiting for lina
				String requestId = LeaveRequests.start(http, "zhangwei", 1);
				Task task = openTask(requestId);
				// when she approves while he withdraws
				CountDownLatch go = new CountDownLatch(1);
				Future<HttpResponse<String>> approval = threads.submit(() -> {
					go.await();
					return post("/api/tasks/" + task.getId() + "/complete", "lina", "{\"decision\":\"approve\"}");
				});
				Future<HttpResponse<String>> withdrawal = threads.submit(() -> {
					go.await();
					return withdraw(requestId);
				});
				go.countDown();
				HttpResponse<String> approved = approval.get(60, TimeUnit.SECONDS);
				HttpResponse<String> withdrawn = withdrawal.get(60, TimeUnit.SECONDS);
				String what = "round " + round + ": approve " + approved.statusCode() + " " + approved.body()
						+ ", withdraw " + withdrawn.statusCode() + " " + withdrawn.body();
				// then exactly one of them happened, the other was told why not
				assertThat(List.of(approved.statusCode(), withdrawn.statusCode())).as(what)
					.containsExactlyInAnyOrder(200, 409);
				List<String> decisions = ledger.entriesOf(instanceOf(requestId))
					.stream()
					.map(LedgerEntry::decision)
					.toList();
				if (approved.statusCode() == 200) {
					assertThat(JsonPath.<String>read(withdrawn.body(), "$.code")).as(what)
						.isIn("request.withdraw.tooLate", "request.changedMeanwhile", "request.notRunning");
					assertThat(decisions).as(what).containsExactly("start", "approve");
					assertThat(openTask(requestId).getTaskDefinitionKey()).as(what).isEqualTo("Task_HrRecord");
				}
				else {
					assertThat(JsonPath.<String>read(approved.body(), "$.code")).as(what).isEqualTo("task.gone");
					assertThat(decisions).as(what).containsExactly("start", "withdraw");
					assertThat(status(requestId)).as(what).isEqualTo("WITHDRAWN");
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private HttpResponse<String> withdraw(String requestId) {
		return post("/api/requests/" + requestId + "/withdraw", "zhangwei", "{\"comment\":\"changed my plans\"}");
	}

	private HttpResponse<String> post(String path, String user, String json) {
		return http.send(http.request(path, user, "demo")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(Http.json(json)));
	}

	private String status(String requestId) {
		HttpResponse<String> request = http.send(http.request("/api/requests/" + requestId, "zhangwei", "demo").GET());
		return JsonPath.read(request.body(), "$.status");
	}

	private String instanceOf(String requestId) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(requestId)
			.singleResult()
			.getId();
	}

	private Task openTask(String requestId) {
		return tasks.createTaskQuery().processInstanceId(instanceOf(requestId)).singleResult();
	}

	private static <T> T onAnotherThread(java.util.function.Supplier<T> action) {
		try {
			return CompletableFuture.supplyAsync(action).get(60, TimeUnit.SECONDS);
		}
		catch (Exception failure) {
			throw new IllegalStateException(failure);
		}
	}

}
