package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** Approvals racing withdrawals, on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ApprovalRaceOnMariaDbTest extends ApprovalRaceContract {

}
