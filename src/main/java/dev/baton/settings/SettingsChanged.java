package dev.baton.settings;

/**
 * An administrator changed the company's settings; published inside the change's
 * transaction.
 *
 * @param part {@code settings} (name, language, session length) or {@code logo}
 * @param actorId who changed them
 */
public record SettingsChanged(String part, String actorId) {
}
