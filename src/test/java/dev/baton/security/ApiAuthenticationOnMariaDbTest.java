package dev.baton.security;

import dev.baton.support.OnMariaDb;

/**
 * API authentication and engine REST access, again on MariaDB through MySQL Connector/J.
 */
@OnMariaDb
class ApiAuthenticationOnMariaDbTest extends ApiAuthenticationTest {

}
