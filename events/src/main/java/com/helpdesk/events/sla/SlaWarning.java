package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * A deadline is close.
 *
 * @param thresholdPercent share of the allowed business time that has elapsed (80 by default)
 */
@EventType("helpdesk.sla.warning.v1")
public record SlaWarning(SlaTarget target, Instant dueAt, int thresholdPercent) implements SlaEvent {

    public SlaWarning {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
