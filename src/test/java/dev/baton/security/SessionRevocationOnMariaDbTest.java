package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** Sessions end when access is taken away, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class SessionRevocationOnMariaDbTest extends SessionRevocationTest {

}
