package dev.baton.support;

import java.util.HashMap;
import java.util.Map;

import dev.baton.BatonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Baton (demo organisation, real HTTP server on a free port) on a test database,
 * whose every JDBC statement, commit and connection goes through a
 * {@link CountingDataSource}. Nothing runs in the background that would touch the
 * database between two measured actions: no job executor, no session cleanup.
 */
public final class CountedBaton {

	private CountedBaton() {
	}

	public static ConfigurableApplicationContext start(TestDatabase database, SqlCounter counter,
			Map<String, Object> extraProperties) {
		Map<String, Object> properties = new HashMap<>(database.properties());
		properties.put("server.port", "0");
		properties.put("baton.demo.enabled", "true");
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("spring.session.jdbc.cleanup-cron", "-");
		properties.put("spring.jmx.enabled", "false");
		// nothing runs in the background while actions are counted: no outbox polls, no
		// deadline or digest runs, no re-reading of the delivery settings
		properties.put("baton.outbox.enabled", "false");
		properties.put("baton.deadlines.poll", "false");
		properties.put("baton.notifications.digest.enabled", "false");
		properties.put("baton.notifications.routing-refresh", "1h");
		properties.put("camunda.bpm.generate-unique-process-engine-name", "true");
		properties.put("logging.level.root", "warn");
		properties.putAll(extraProperties);
		String[] args = properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BatonApplication.class).profiles(database.profiles())
			.initializers(
					context -> context.getBeanFactory().addBeanPostProcessor(CountingDataSource.wrapping(counter)))
			.run(args);
	}

	public static int port(ConfigurableApplicationContext baton) {
		return ((WebServerApplicationContext) baton).getWebServer().getPort();
	}

}
