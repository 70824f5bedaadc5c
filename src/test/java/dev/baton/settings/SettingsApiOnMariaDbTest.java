package dev.baton.settings;

import dev.baton.support.OnMariaDb;

/** The company's settings and logo (a MEDIUMBLOB there), again on MariaDB. */
@OnMariaDb
class SettingsApiOnMariaDbTest extends SettingsApiTest {

}
