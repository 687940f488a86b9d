package com.helpdesk.sla.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.sla.SlaTarget;

/**
 * Targets for the tickets a {@link PolicyMatch} selects, in business minutes of a calendar. A target left
 * out ({@code null}) is not measured. A change is a new {@link #version()}: it applies to tickets that start
 * afterwards, while running clocks keep the version they started with.
 *
 * @param warningPercent share of a target's business time after which a warning fires
 */
public record SlaPolicy(
        UUID id,
        int version,
        String name,
        PolicyMatch match,
        Long firstResponseMinutes,
        Long nextResponseMinutes,
        Long resolutionMinutes,
        String calendarId,
        int warningPercent) {

    public static final int DEFAULT_WARNING_PERCENT = 80;

    /** "Answer within 24 hours", for every ticket no other policy matches. It always exists. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(new UUID(0, 24), 1, "Answer within 24 hours",
            PolicyMatch.ANY, 24 * 60L, 24 * 60L, 5 * 24 * 60L, BuiltInCalendars.ALWAYS.id(), DEFAULT_WARNING_PERCENT);

    public SlaPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendarId, "calendarId");
        match = match == null ? PolicyMatch.ANY : match;
        requirePositive("firstResponseMinutes", firstResponseMinutes);
        requirePositive("nextResponseMinutes", nextResponseMinutes);
        requirePositive("resolutionMinutes", resolutionMinutes);
        if (warningPercent < 1 || warningPercent > 99) {
            throw new IllegalArgumentException("warningPercent must be between 1 and 99: " + warningPercent);
        }
    }

    public PolicyRef ref() {
        return new PolicyRef(id, version);
    }

    /** The business time allowed for a target; {@code null} when the policy does not measure it. */
    public Duration allowed(SlaTarget target) {
        Long minutes = switch (target) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case NEXT_RESPONSE -> nextResponseMinutes;
            case RESOLUTION -> resolutionMinutes;
        };
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    private static void requirePositive(String field, Long minutes) {
        if (minutes != null && minutes <= 0) {
            throw new IllegalArgumentException(field + " must be positive: " + minutes);
        }
    }
}
