package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** {@link ApiTokenRightsTest}, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ApiTokenRightsOnMariaDbTest extends ApiTokenRightsTest {

}
