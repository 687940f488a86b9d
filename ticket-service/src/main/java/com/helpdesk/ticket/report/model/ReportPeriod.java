package com.helpdesk.ticket.report.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * {@code [from, to)} as known at {@code asOf}: an event counts in the period when it happened inside it and
 * no later than {@code asOf}. Without {@code asOf} everything stored so far is known.
 */
public record ReportPeriod(Instant from, Instant to, ZoneId zone, Instant asOf) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to) && isKnown(at);
    }

    public boolean isKnown(Instant at) {
        return asOf == null || !at.isAfter(asOf);
    }

    /**
     * The instant "the end of the period" means for backlogs and open work: {@code to}, or {@code asOf}
     * if that is earlier (but never before {@code from}).
     */
    public Instant end() {
        if (asOf == null || !asOf.isBefore(to)) {
            return to;
        }
        return asOf.isBefore(from) ? from : asOf;
    }

    /** Whether an event is part of the state at {@link #end()}: before {@code to}, and known. */
    public boolean isBeforeEnd(Instant at) {
        return at.isBefore(to) && isKnown(at) && !at.isAfter(end());
    }
}
