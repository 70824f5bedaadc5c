package dev.baton.tasks;

import dev.baton.support.OnMariaDb;

/** Every approval action, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class TaskActionsOnMariaDbTest extends TaskActionsTest {

}
