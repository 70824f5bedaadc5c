package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** The inbox read model and its queries, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class InboxOnMariaDbTest extends InboxTest {

}
