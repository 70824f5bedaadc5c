package dev.baton.deadlines;

import dev.baton.support.OnMariaDb;

/**
 * Due dates, reminders and escalation again on MariaDB (DATETIME columns, claims by
 * version).
 */
@OnMariaDb
class DeadlinesOnMariaDbTest extends DeadlinesTest {

}
