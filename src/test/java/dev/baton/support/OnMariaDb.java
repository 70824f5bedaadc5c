package dev.baton.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an inherited {@link BatonTest} again against MariaDB: one shared context on a
 * database of its own, created for the run and dropped afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = MariaDbContextInitializer.class)
public @interface OnMariaDb {

}
