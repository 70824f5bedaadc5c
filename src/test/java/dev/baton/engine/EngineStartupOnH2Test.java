package dev.baton.engine;

import dev.baton.support.H2FileDatabase;
import dev.baton.support.TestDatabase;

/** The engine contract on the embedded default: an H2 file, as under ./data. */
class EngineStartupOnH2Test extends EngineStartupContract {

	@Override
	protected TestDatabase createDatabase() {
		return new H2FileDatabase();
	}

}
