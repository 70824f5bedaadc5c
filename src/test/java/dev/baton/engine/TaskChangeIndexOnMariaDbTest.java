package dev.baton.engine;

import dev.baton.support.OnMariaDb;

/** The parent-task index on MariaDB, where the engine's table names keep their case. */
@OnMariaDb
class TaskChangeIndexOnMariaDbTest extends TaskChangeIndexTest {

}
