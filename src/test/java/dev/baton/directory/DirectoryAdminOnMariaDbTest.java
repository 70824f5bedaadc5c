package dev.baton.directory;

import dev.baton.support.OnMariaDb;

/** Organisation changes, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class DirectoryAdminOnMariaDbTest extends DirectoryAdminTest {

}
