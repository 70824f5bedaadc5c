package dev.baton.processes;

import dev.baton.support.OnMariaDb;

/** Every path of project-handoff, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ProjectHandoffProcessOnMariaDbTest extends ProjectHandoffProcessTest {

}
