package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** The inbox search again on MariaDB through MySQL Connector/J (LIKE, IN lists). */
@OnMariaDb
class InboxSearchOnMariaDbTest extends InboxSearchTest {

}
