package com.helpdesk.notification.domain;

import java.util.Locale;

/** The languages our mails are written in. Anything else gets English. */
public enum Language {
    EN(Locale.ENGLISH), RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Lower-case tag, as used in template names: {@code en}, {@code ru}. */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * The first of the given preferences we write in (e.g. the requester's, then the ticket's), matching on
     * the primary subtag so {@code ru-RU} and {@code RU} are Russian; English when none matches.
     */
    public static Language preferred(String... preferences) {
        for (String preference : preferences) {
            if (preference == null || preference.isBlank()) {
                continue;
            }
            String primary = Locale.forLanguageTag(preference.strip().replace('_', '-')).getLanguage();
            for (Language language : values()) {
                if (language.tag().equals(primary)) {
                    return language;
                }
            }
        }
        return EN;
    }

    /**
     * The language a customer wrote in, for mail that arrives without one: Cyrillic letters make it Russian,
     * other letters English; no letters at all, no guess.
     */
    public static java.util.Optional<Language> writtenIn(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                return java.util.Optional.of(RU);
            }
            letters |= Character.isLetter(c);
        }
        return letters ? java.util.Optional.of(EN) : java.util.Optional.empty();
    }
}
