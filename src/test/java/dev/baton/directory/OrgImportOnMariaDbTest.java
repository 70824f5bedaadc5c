package dev.baton.directory;

import dev.baton.support.OnMariaDb;

/**
 * The organisation import (foreign keys checked at every statement), again on MariaDB
 * through MySQL Connector/J.
 */
@OnMariaDb
class OrgImportOnMariaDbTest extends OrgImportTest {

}
