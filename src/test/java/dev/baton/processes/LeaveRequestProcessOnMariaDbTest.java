package dev.baton.processes;

import dev.baton.support.OnMariaDb;

/** Every path of leave-request, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class LeaveRequestProcessOnMariaDbTest extends LeaveRequestProcessTest {

}
