package dev.baton.audit;

import dev.baton.support.OnMariaDb;

/** The audit's search and export, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class AuditApiOnMariaDbTest extends AuditApiTest {

}
