package com.helpdesk.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

/** Times as a customer reads them: date, hour and the zone they are in, in the mail's language. */
public final class MailDates {

    private MailDates() {
    }

    /** E.g. {@code 24 November 2026, 15:00 (Moscow Time, UTC+03:00)} / {@code 24 ноября 2026, 15:00 (…)}. */
    public static String format(Instant instant, ZoneId zone, Language language) {
        var local = instant.atZone(zone);
        String zoneName = zone.getDisplayName(TextStyle.FULL, language.locale());
        String offset = local.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + local.getOffset().getId();
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.locale()).format(local)
                + " (" + zoneName + ", " + offset + ")";
    }
}
