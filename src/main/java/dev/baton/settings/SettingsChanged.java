package dev.baton.settings;

/**
 * An administrator changed the company's settings; published inside the change's
 * transaction.
 *
 * @param part {@code settings} (name, language, session length) or {@code logo}; the
 * notifications module announces {@code mail} (SMTP) and {@code robots} changes the same
 * way
 * @param actorId who changed them
 */
public record SettingsChanged(String part, String actorId) {
}
