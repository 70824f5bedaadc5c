/**
 * Who is calling, and whether they may: browser logins with a session kept in the
 * database (so several Baton nodes share it) and CSRF protection, HTTP Basic for API
 * clients and Camunda Modeler, throttling of wrong passwords, and the engine told who the
 * caller is for exactly the length of each request. Nobody reaches {@code /engine-rest}
 * but administrators and designers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package dev.baton.security;
