package dev.baton.engine;

import dev.baton.support.OnMariaDb;

/** Approver rules at run time, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ApprovalStepsOnMariaDbTest extends ApprovalStepsTest {

}
