package dev.baton.setup;

import dev.baton.support.OnMariaDb;

/** {@link SetupChecklistTest} against MariaDB through MySQL Connector/J. */
@OnMariaDb
class SetupChecklistOnMariaDbTest extends SetupChecklistTest {

}
