package com.helpdesk.ticket.api;

/**
 * Which characters free text may hold. Escaped control characters are valid JSON but not text a person
 * wrote (and PostgreSQL refuses NUL outright), so they are a 400, not a 500.
 */
final class TextRules {

    /** Names, subjects, reasons: no control characters at all. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    /** Descriptions and comments: line breaks and tabs, but no other control characters. */
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

    private TextRules() {
    }
}
