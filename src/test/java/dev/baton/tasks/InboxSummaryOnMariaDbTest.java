package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** The request summaries in the inbox again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class InboxSummaryOnMariaDbTest extends InboxSummaryTest {

}
