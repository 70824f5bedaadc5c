package dev.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.support.BatonTest;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.tasks.LedgerHashes;
import dev.baton.tasks.LedgerVerification;
import dev.baton.tasks.LedgerVerification.Problem;

/**
 * The ledger's hash chain: appends from parallel transactions line up in one chain, and a
 * row changed, removed or cut off behind Baton's back is named by the verification. On H2
 * nothing refuses the tampering (LedgerTriggerOnMariaDbTest shows MariaDB's trigger);
 * each tampering here happens in a transaction that is rolled back, so the shared
 * database keeps its intact chain.
 */
@BatonTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LedgerChainTest {

	@Autowired
	ApprovalLedger ledger;

	@Autowired
	LedgerVerification verification;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc http;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void appends_from_parallel_transactions_form_one_intact_chain() throws Exception {
		// given
		long before = rows();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			// when four threads append ten entries each, each in its own transaction
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int t = thread;
				done.add(pool.submit((Callable<Void>) () -> {
					for (int i = 0; i < 10; i++) {
						int n = i;
						transaction.executeWithoutResult(status -> append("parallel-" + t + "-" + n));
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		// then all forty are in the ledger and the whole chain verifies
		assertThat(rows()).isEqualTo(before + 40);
		LedgerVerification.Result result = verification.verify();
		assertThat(result.intact()).as(result.toString()).isTrue();
		assertThat(result.checkedRows()).isEqualTo(rows());
		// and each row names the hash of the row before it
		List<String[]> lastTwo = jdbc.query(
				"SELECT prev_hash, row_hash FROM baton_approval_ledger ORDER BY id DESC LIMIT 2",
				(row, i) -> new String[] { row.getString(1), row.getString(2) });
		assertThat(lastTwo.get(0)[0]).isEqualTo(lastTwo.get(1)[1]);
	}

	@Test
	void a_changed_row_is_named_by_the_verification() {
		inRolledBackTransaction(() -> {
			// given three new entries
			long first = append("tamper-1");
			long second = append("tamper-2");
			append("tamper-3");
			// when someone changes the comment of the second behind Baton's back
			jdbc.update("UPDATE baton_approval_ledger SET comment_text = 'approved after all' WHERE id = ?", second);
			// then the verification names that row as changed
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.CHANGED);
			assertThat(result.brokenAt()).isEqualTo(second);
			assertThat(first).isLessThan(second);
			// and the audit API says the same
			try {
				http.perform(get("/api/audit/verification").with(httpBasic("admin", "demo")))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.intact").value(false))
					.andExpect(jsonPath("$.brokenAt").value(second))
					.andExpect(jsonPath("$.problem").value("CHANGED"));
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void a_row_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next() {
		inRolledBackTransaction(() -> {
			long second;
			append("rewrite-1");
			second = append("rewrite-2");
			long third = append("rewrite-3");
			// when someone changes the row and computes a fitting hash for it
			String prev = jdbc.queryForObject("SELECT prev_hash FROM baton_approval_ledger WHERE id = ?", String.class,
					second);
			LedgerEntry changed = new LedgerEntry(null, "pi-rewrite-2", "RW-2", "leave-request:1:x", "step", null, null,
					"lina", null, "reject", "rewrite-2", null, recordedAt(second));
			jdbc.update("UPDATE baton_approval_ledger SET decision = 'reject', row_hash = ? WHERE id = ?",
					LedgerHashes.of(prev, changed), second);
			// then the row itself fits, but the next one no longer follows it
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.LINK);
			assertThat(result.brokenAt()).isEqualTo(third);
		});
	}

	@Test
	void a_removed_row_and_a_removed_end_are_named() {
		inRolledBackTransaction(() -> {
			append("remove-1");
			long second = append("remove-2");
			long third = append("remove-3");
			// when the middle row is removed, the one after it no longer follows
			jdbc.update("DELETE FROM baton_approval_ledger WHERE id = ?", second);
			LedgerVerification.Result middle = verification.verify();
			assertThat(middle.problem()).isEqualTo(Problem.LINK);
			assertThat(middle.brokenAt()).isEqualTo(third);
			// when the last row is removed too, the chain ends before its head
			jdbc.update("DELETE FROM baton_approval_ledger WHERE id = ?", third);
			LedgerVerification.Result end = verification.verify();
			assertThat(end.problem()).isEqualTo(Problem.MISSING_END);
		});
	}

	private long append(String comment) {
		ledger.append(new LedgerEntry(null, "pi-" + comment, "RW-2", "leave-request:1:x", "step", null, null, "lina",
				null, "approve", comment, null, null));
		return jdbc.queryForObject("SELECT MAX(id) FROM baton_approval_ledger", Long.class);
	}

	private java.time.Instant recordedAt(long id) {
		return jdbc
			.queryForObject("SELECT recorded_at FROM baton_approval_ledger WHERE id = ?", java.sql.Timestamp.class, id)
			.toInstant();
	}

	private long rows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM baton_approval_ledger", Long.class);
	}

	private void inRolledBackTransaction(Runnable test) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			test.run();
		});
	}

}
