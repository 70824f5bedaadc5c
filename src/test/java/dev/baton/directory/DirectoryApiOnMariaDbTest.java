package dev.baton.directory;

import dev.baton.support.OnMariaDb;

/** Organisation changes over HTTP, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class DirectoryApiOnMariaDbTest extends DirectoryApiTest {

}
