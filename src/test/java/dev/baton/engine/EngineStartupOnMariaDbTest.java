package dev.baton.engine;

import dev.baton.support.MariaDbDatabase;
import dev.baton.support.TestDatabase;

/**
 * The engine contract on the MariaDB server at 127.0.0.1:3306 through MySQL Connector/J,
 * in a database each test creates and drops: our stand-in for production MySQL 8.
 */
class EngineStartupOnMariaDbTest extends EngineStartupContract {

	@Override
	protected TestDatabase createDatabase() {
		return new MariaDbDatabase();
	}

}
