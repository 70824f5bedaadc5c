package dev.baton.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs each HTTP action of the approval path ({@code /api/tasks/**},
 * {@code /api/requests/**}, {@code /api/processes/**}) in one Spring transaction, which
 * the engine's commands (they join Spring transactions), the directory's JPA reads, the
 * ledger, the request store and the inbox projection all join: one connection and one
 * commit per action, however many engine commands it runs.
 * <p>
 * Placed in the security filter chain after authentication, so that the caller's groups
 * are read in it too, and only for authenticated callers. The outcome follows the answer:
 * a response below 400 commits; an exception, an error answer (a problem that an
 * exception handler wrote, e.g. 409 {@code task.gone} or 400 on a refused submission) or
 * a transaction that a participant marked rollback-only rolls everything back. Batch
 * approval is left out: it answers one result per task and must keep the tasks that went
 * through when another one fails.
 * <p>
 * The answer is held back until the commit succeeded: a client is never told "done" for a
 * decision the database did not keep (JSON writers flush the response, which would
 * otherwise send it before the commit). When the commit fails, the held answer is dropped
 * and the failure is answered instead.
 */
public final class OneTransactionPerAction extends OncePerRequestFilter {

	private static final List<String> PREFIXES = List.of("/api/tasks", "/api/requests", "/api/processes");

	private static final String EXCLUDED = "/api/tasks/batch-approve";

	private final PlatformTransactionManager transactions;

	public OneTransactionPerAction(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(EXCLUDED)
				|| PREFIXES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_REQUIRED);
		definition.setName(request.getMethod() + " " + request.getRequestURI());
		TransactionStatus transaction = transactions.getTransaction(definition);
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, held);
		}
		catch (IOException | ServletException | RuntimeException | Error failure) {
			transactions.rollback(transaction);
			throw failure;
		}
		if (held.getStatus() >= 400 || transaction.isRollbackOnly()) {
			transactions.rollback(transaction);
		}
		else {
			try {
				transactions.commit(transaction);
			}
			catch (RuntimeException notKept) {
				held.resetBuffer();
				throw notKept;
			}
		}
		held.copyBodyToResponse();
	}

}
