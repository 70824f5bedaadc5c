package dev.baton.webapp;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the Baton that its {@code @BatonTest} context started on a
 * random port.
 */
abstract class InTheBrowser {

	@LocalServerPort
	int port;

	WebApp app;

	@BeforeEach
	void openApp() {
		app = new WebApp(port);
	}

}
