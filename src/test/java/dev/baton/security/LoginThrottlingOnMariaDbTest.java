package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** Login throttling, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class LoginThrottlingOnMariaDbTest extends LoginThrottlingTest {

}
