package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;

/** The clocks run again; the deadlines are pushed back by the business time spent paused. */
@EventType("helpdesk.sla.resumed.v1")
public record SlaResumed(
        Instant resumedAt,
        Instant firstResponseDue,
        Instant nextResponseDue,
        Instant resolutionDue) implements SlaEvent {

    public SlaResumed {
        Objects.requireNonNull(resumedAt, "resumedAt");
    }
}
