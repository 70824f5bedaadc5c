package dev.baton.directory;

import dev.baton.support.OnMariaDb;

/** The engine's view of the organisation, again on MariaDB through MySQL Connector/J. */
@OnMariaDb
class DirectoryIdentityProviderOnMariaDbTest extends DirectoryIdentityProviderTest {

}
