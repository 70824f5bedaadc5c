package dev.baton.directory;

import dev.baton.support.OnMariaDb;

/** The demo organisation, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class DemoOrganisationOnMariaDbTest extends DemoOrganisationTest {

}
