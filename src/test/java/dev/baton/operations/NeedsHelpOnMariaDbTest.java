package dev.baton.operations;

import dev.baton.support.OnMariaDb;

/** The console's lists, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class NeedsHelpOnMariaDbTest extends NeedsHelpTest {

}
