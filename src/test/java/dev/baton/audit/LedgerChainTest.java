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
				"SELECT prev_hash, row_hash FROM baton_ledger_chain ORDER BY seq DESC LIMIT 2",
				(row, i) -> new String[] { row.getString(1), row.getString(2) });
		assertThat(lastTwo.get(0)[0]).isEqualTo(lastTwo.get(1)[1]);
	}

	@Test
	void a_changed_row_is_named_by_the_verification() {
		// given three committed entries
		append("tamper-1");
		long second = append("tamper-2");
		append("tamper-3");
		inRolledBackTransaction(() -> {
			// when someone changes the comment of the second behind Baton's back
			jdbc.update("UPDATE baton_approval_ledger SET comment_text = 'approved after all' WHERE id = ?", second);
			// then the verification names that row as changed
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.CHANGED);
			assertThat(result.brokenAt()).isEqualTo(second);
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
		// and once the change is undone (rolled back), the chain is whole again
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void a_row_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next() {
		append("rewrite-1");
		long second = append("rewrite-2");
		long third = append("rewrite-3");
		inRolledBackTransaction(() -> {
			// when someone changes the row and computes a fitting hash for it
			String prev = jdbc.queryForObject("SELECT prev_hash FROM baton_ledger_chain WHERE entry_id = ?",
					String.class, second);
			LedgerEntry changed = new LedgerEntry(second, "pi-rewrite-2", "RW-2", "leave-request:1:x", "step", null,
					null, "lina", null, "reject", "rewrite-2", null, recordedAt(second));
			jdbc.update("UPDATE baton_approval_ledger SET decision = 'reject' WHERE id = ?", second);
			jdbc.update("UPDATE baton_ledger_chain SET row_hash = ? WHERE entry_id = ?", LedgerHashes.of(prev, changed),
					second);
			// then the row itself fits, but the next one no longer follows it
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.LINK);
			assertThat(result.brokenAt()).isEqualTo(third);
		});
	}

	@Test
	void a_removed_row_a_removed_link_and_a_removed_end_are_named() {
		append("remove-1");
		long second = append("remove-2");
		long third = append("remove-3");
		inRolledBackTransaction(() -> {
			// when the second row is deleted, the chain names it as removed
			jdbc.update("DELETE FROM baton_approval_ledger WHERE id = ?", second);
			LedgerVerification.Result removed = verification.verify();
			assertThat(removed.problem()).isEqualTo(Problem.REMOVED);
			assertThat(removed.brokenAt()).isEqualTo(second);
			// when its link goes too, the next row no longer follows
			jdbc.update("DELETE FROM baton_ledger_chain WHERE entry_id = ?", second);
			LedgerVerification.Result link = verification.verify();
			assertThat(link.problem()).isEqualTo(Problem.LINK);
			assertThat(link.brokenAt()).isEqualTo(third);
		});
		inRolledBackTransaction(() -> {
			// when the last row and its link are removed, the chain ends before its head
			jdbc.update("DELETE FROM baton_ledger_chain WHERE entry_id = ?", third);
			jdbc.update("DELETE FROM baton_approval_ledger WHERE id = ?", third);
			assertThat(verification.verify().problem()).isEqualTo(Problem.MISSING_END);
		});
	}

	@Test
	void a_row_added_behind_baton_s_back_is_named_once_the_chain_passes_it() {
		inRolledBackTransaction(() -> {
			// given a row inserted directly into the database, then a decision through
			// Baton
			jdbc.update("""
					INSERT INTO baton_approval_ledger (process_instance_id, decision, actor_id, recorded_at)
					VALUES ('pi-forged', 'approve', 'lina', CURRENT_TIMESTAMP)""");
			long forged = jdbc.queryForObject("SELECT MAX(id) FROM baton_approval_ledger", Long.class);
			jdbc.update("UPDATE baton_ledger_chain_head SET last_entry_id = ? WHERE id = 1", forged + 1);
			// then the verification names the row that is in no link
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.UNCHAINED);
			assertThat(result.brokenAt()).isEqualTo(forged);
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
