package dev.baton.security;

import dev.baton.support.OnMariaDb;

/**
 * An administrator's engine calls and their ledger entries in one transaction, on MariaDB
 * through MySQL Connector/J.
 */
@OnMariaDb
class EngineRestAdministratorOnMariaDbTest extends EngineRestAdministratorTest {

}
