package com.helpdesk.knowledge.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages articles are written in; each has its own stemming in search. */
public enum Language {
    RU, EN;

    /** The ISO 639-1 code used in URLs, events and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + code));
    }

    /** The language with this code, if articles are written in it. */
    public static Optional<Language> find(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The language a text is most likely written in, judged by its letters: Cyrillic means Russian. A ticket
     * without a declared language still gets suggestions in the language its customer wrote in.
     */
    public static Language guess(String text) {
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return cyrillic > latin ? RU : EN;
    }
}
