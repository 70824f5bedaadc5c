package dev.baton.security;

import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;

/** Quiet sessions, again on MariaDB through MySQL Connector/J. */
class QuietSessionsOnMariaDbTest extends QuietSessionsTest {

	@Override
	TestDatabase newDatabase() {
		return new MariaDbDatabase();
	}

}
