package dev.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.baton.support.BatonTest;
import dev.baton.support.OnMariaDb;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.tasks.LedgerVerification;
import dev.baton.tasks.LedgerVerification.Problem;

/**
 * On MySQL and MariaDB the database itself refuses to change or remove a ledger row or a
 * link of its hash chain; only someone who may drop the triggers can, and the chain then
 * names the row.
 */
@BatonTest
@OnMariaDb
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LedgerTriggerOnMariaDbTest {

	@Autowired
	ApprovalLedger ledger;

	@Autowired
	LedgerVerification verification;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_database_refuses_update_and_delete_on_the_ledger_and_the_chain_verifies() {
		// given an entry
		long id = append("trigger-1");
		// when anyone updates or deletes it, then MariaDB refuses
		assertThatThrownBy(() -> jdbc.update("UPDATE baton_approval_ledger SET comment_text = 'x' WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM baton_approval_ledger WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		// and its link in the hash chain is as protected
		assertThatThrownBy(
				() -> jdbc.update("UPDATE baton_ledger_chain SET row_hash = REPEAT('0', 64) WHERE entry_id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM baton_ledger_chain WHERE entry_id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		// and the entry is unchanged and the chain intact
		assertThat(jdbc.queryForObject("SELECT comment_text FROM baton_approval_ledger WHERE id = ?", String.class, id))
			.isEqualTo("trigger-1");
		LedgerVerification.Result result = verification.verify();
		assertThat(result.intact()).as(result.toString()).isTrue();
		assertThat(result.lastId()).isEqualTo(id);
	}

	@Test
	void someone_who_drops_the_trigger_can_change_a_row_and_the_verification_names_it() {
		// given an entry
		append("before");
		long id = append("trigger-2");
		append("after");
		// when someone drops the trigger and changes the entry
		jdbc.execute("DROP TRIGGER baton_ledger_no_update");
		try {
			jdbc.update("UPDATE baton_approval_ledger SET comment_text = 'forged' WHERE id = ?", id);
			// then the verification names it
			LedgerVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(Problem.CHANGED);
			assertThat(result.brokenAt()).isEqualTo(id);
		}
		finally {
			// put the row and the trigger back for the tests after this one
			jdbc.update("UPDATE baton_approval_ledger SET comment_text = 'trigger-2' WHERE id = ?", id);
			jdbc.execute(
					"""
							CREATE TRIGGER baton_ledger_no_update BEFORE UPDATE ON baton_approval_ledger FOR EACH ROW
							    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_approval_ledger is append-only: UPDATE refused'""");
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	private long append(String comment) {
		ledger.append(new LedgerEntry(null, "pi-" + comment, "TR-1", "leave-request:1:x", "step", null, null, "lina",
				null, "approve", comment, null, null));
		return jdbc.queryForObject("SELECT MAX(id) FROM baton_approval_ledger", Long.class);
	}

}
