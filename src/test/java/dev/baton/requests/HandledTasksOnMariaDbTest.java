package dev.baton.requests;

import dev.baton.support.OnMariaDb;

/** "Done by me" again on MariaDB through MySQL Connector/J (the ledger's paging). */
@OnMariaDb
class HandledTasksOnMariaDbTest extends HandledTasksTest {

}
