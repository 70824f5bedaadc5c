package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** Browser login, sessions and CSRF, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class BrowserLoginOnMariaDbTest extends BrowserLoginTest {

}
