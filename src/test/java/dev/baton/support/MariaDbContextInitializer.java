package dev.baton.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a fresh database on the MariaDB server (through MySQL
 * Connector/J, as production reaches MySQL), with the demo organisation, and drops the
 * database when the context closes.
 */
public class MariaDbContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		MariaDbDatabase database = new MariaDbDatabase();
		Map<String, Object> properties = new HashMap<>(database.properties());
		properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
		properties.put("baton.demo.enabled", "true");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("mariadb-test-database", properties));
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				database.close();
			}
		});
	}

}
