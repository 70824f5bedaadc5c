package dev.baton.processes;

import dev.baton.support.OnMariaDb;

/** Every path of purchase-request, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class PurchaseRequestProcessOnMariaDbTest extends PurchaseRequestProcessTest {

}
