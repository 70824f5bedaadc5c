package dev.baton.requests;

import dev.baton.support.OnMariaDb;

/** How requests end for their initiators, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class RequestOutcomeOnMariaDbTest extends RequestOutcomeTest {

}
