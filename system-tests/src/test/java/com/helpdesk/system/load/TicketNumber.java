package com.helpdesk.system.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket a mail is about: the {@code [HD-2026-000123]} its subject carries. */
public final class TicketNumber {

    private static final Pattern IN_SUBJECT = Pattern.compile("\\[(HD-\\d{4}-\\d+)]");

    private TicketNumber() {
    }

    /** The number, or {@code (no number)} for a subject without one. */
    public static String in(String subject) {
        Matcher number = IN_SUBJECT.matcher(String.valueOf(subject));
        return number.find() ? number.group(1) : "(no number)";
    }
}
