package dev.baton.support;

import java.util.Map;

/** A database a test creates for itself and removes afterwards. */
public interface TestDatabase extends AutoCloseable {

	/** Spring properties (and profiles) that point Baton at this database. */
	Map<String, Object> properties();

	String[] profiles();

	@Override
	void close();

}
