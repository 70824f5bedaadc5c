package dev.baton.support;

import java.util.HashMap;
import java.util.Map;

import dev.baton.BatonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a whole Baton application against a test database, the way `java -jar` would.
 */
public final class BatonInstance {

	private BatonInstance() {
	}

	public static ConfigurableApplicationContext start(TestDatabase database, Map<String, Object> extraProperties) {
		return start(database, extraProperties, new Class<?>[0]);
	}

	/**
	 * @param extraSources further bean classes for the context, e.g. {@link StatementLog}
	 */
	public static ConfigurableApplicationContext start(TestDatabase database, Map<String, Object> extraProperties,
			Class<?>... extraSources) {
		Map<String, Object> properties = new HashMap<>(database.properties());
		properties.put("server.port", "0");
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("spring.jmx.enabled", "false");
		properties.put("camunda.bpm.generate-unique-process-engine-name", "true");
		properties.put("logging.level.root", "warn");
		properties.putAll(extraProperties);
		// Passed as command-line arguments: they win over application.yml, as an
		// operator's would.
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BatonApplication.class).sources(extraSources)
			.profiles(database.profiles())
			.run(args);
	}

	public static ConfigurableApplicationContext start(TestDatabase database) {
		return start(database, Map.of());
	}

}
