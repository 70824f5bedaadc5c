package dev.baton.operations;

import dev.baton.support.OnMariaDb;

/**
 * Moving requests between process versions, again on MariaDB through MySQL Connector/J.
 */
@OnMariaDb
class VersionMigrationOnMariaDbTest extends VersionMigrationTest {

}
