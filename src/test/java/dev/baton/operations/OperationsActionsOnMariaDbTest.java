package dev.baton.operations;

import dev.baton.support.OnMariaDb;

/**
 * An administrator's actions on a request, again on MariaDB through MySQL Connector/J.
 */
@OnMariaDb
class OperationsActionsOnMariaDbTest extends OperationsActionsTest {

}
