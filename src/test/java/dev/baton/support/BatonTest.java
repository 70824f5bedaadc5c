package dev.baton.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full Baton context on an in-memory H2 database with a real server on a random port
 * (the engine's REST API is a Jersey servlet that MockMvc cannot reach), shared by every
 * test class that uses it unchanged. MockMvc is always configured, so that tests with and
 * without it share one context: the engine's REST API finds its engine by name in a
 * JVM-wide registry, and two contexts would each register a "default" engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface BatonTest {

}
