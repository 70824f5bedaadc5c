package dev.baton.tasks;

import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;

/**
 * The statement budgets of the approval path on MariaDB through MySQL Connector/J. The
 * counts measured there equal H2's, so the budgets are the same numbers.
 */
class ApprovalPathStatementBudgetOnMariaDbTest extends ApprovalPathStatementBudgetTest {

	@Override
	TestDatabase database() {
		return new MariaDbDatabase();
	}

	@Override
	String databaseName() {
		return "MariaDB";
	}

}
