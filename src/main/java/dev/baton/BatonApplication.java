package dev.baton;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Baton: a self-hosted approval and business-process platform on the Camunda 7 engine.
 * Each top-level package below this one is a business module (see package-info of each).
 */
@SpringBootApplication
public class BatonApplication {

	public static void main(String[] args) {
		SpringApplication.run(BatonApplication.class, args);
	}

}
