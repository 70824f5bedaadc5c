/**
 * How Baton speaks HTTP: every error is an RFC 9457 problem detail with a message in the
 * caller's language (zh-CN by default, en-US on request), never a stack trace or SQL.
 * Other modules throw {@link dev.baton.web.ProblemException}; filters write problems
 * through {@link dev.baton.web.ProblemWriter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.baton.web;
