/**
 * Who is calling, and whether they may: browser logins with a session kept in the
 * database (so several Baton nodes share it; written only when it changes) and CSRF
 * protection; personal API tokens ({@code Authorization: Bearer}) and HTTP Basic for API
 * clients and Camunda Modeler, neither of which keeps a session; throttling of wrong
 * passwords; every session of a person ended when the directory takes access away; and
 * the engine told who the caller is for exactly the length of each request. Nobody
 * reaches {@code /engine-rest} but administrators and designers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package dev.baton.security;
