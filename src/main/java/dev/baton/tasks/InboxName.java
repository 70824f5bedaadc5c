package dev.baton.tasks;

import java.util.Locale;

/** A name in Chinese and English; {@code en} falls back to {@code zh} when the model has no English name. */
public record InboxName(String zh, String en) {

    /** The name for a locale: English for English locales, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
