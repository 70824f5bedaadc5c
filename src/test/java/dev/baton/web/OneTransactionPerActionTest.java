package dev.baton.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * An action's answer leaves Baton only once its transaction is committed: a decision the
 * database did not keep is never answered "done", even when the JSON writer flushes.
 */
class OneTransactionPerActionTest {

	@Test
	void a_committed_action_answers_what_the_handler_wrote() throws Exception {
		// given an approval whose commit goes through
		RecordingTransactions transactions = new RecordingTransactions(false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		// when the handler writes and flushes its answer
		new OneTransactionPerAction(transactions).doFilter(post("/api/tasks/t1/approve"), response, answering(200));
		// then the answer is sent, after the commit
		assertThat(transactions.events).containsExactly("begin", "commit");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{\"done\":true}");
	}

	@Test
	void an_action_whose_commit_fails_never_answers_done() {
		// given an approval whose commit fails (the database went away)
		RecordingTransactions transactions = new RecordingTransactions(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		// when the handler has written and flushed its answer
		assertThatThrownBy(() -> new OneTransactionPerAction(transactions).doFilter(post("/api/tasks/t1/approve"),
				response, answering(200)))
			// then the failure goes on to the error handling
			.isInstanceOf(TransactionSystemException.class);
		// and nothing of the held answer reached the client
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void an_error_answer_rolls_the_action_back_and_is_still_sent() throws Exception {
		// given a decision refused with a problem (e.g. 409 task.gone)
		RecordingTransactions transactions = new RecordingTransactions(false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		// when it runs
		new OneTransactionPerAction(transactions).doFilter(post("/api/tasks/t1/approve"), response, answering(409));
		// then everything is rolled back and the problem is answered
		assertThat(transactions.events).containsExactly("begin", "rollback");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).isEqualTo("{\"done\":true}");
	}

	private static MockHttpServletRequest post(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRequestURI(path);
		return request;
	}

	private static FilterChain answering(int status) {
		return (request, response) -> {
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
			response.getOutputStream().write("{\"done\":true}".getBytes(StandardCharsets.UTF_8));
			response.getOutputStream().flush();
			response.flushBuffer();
		};
	}

	/** A transaction manager that records what happened and can fail its commit. */
	private static final class RecordingTransactions extends AbstractPlatformTransactionManager {

		final List<String> events = new ArrayList<>();

		private final boolean failCommit;

		RecordingTransactions(boolean failCommit) {
			this.failCommit = failCommit;
		}

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			events.add("begin");
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			if (failCommit) {
				throw new TransactionSystemException("connection lost at commit");
			}
			events.add("commit");
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			events.add("rollback");
		}

	}

}
