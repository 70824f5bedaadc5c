package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** No sessions for API calls, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class StatelessApiCallsOnMariaDbTest extends StatelessApiCallsTest {

}
