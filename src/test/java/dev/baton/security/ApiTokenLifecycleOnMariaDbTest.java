package dev.baton.security;

import dev.baton.support.OnMariaDb;

/** {@link ApiTokenLifecycleTest}, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class ApiTokenLifecycleOnMariaDbTest extends ApiTokenLifecycleTest {

}
