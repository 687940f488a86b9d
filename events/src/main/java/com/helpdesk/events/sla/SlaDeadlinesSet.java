package com.helpdesk.events.sla;

import com.helpdesk.events.EventType;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Deadlines were (re)computed, in business hours of the calendar, when a ticket was created or its
 * priority, category or tier changed. A deadline is absent when the policy sets no such target or it is
 * already met.
 *
 * @param policyVersion the version of the policy applied, so a later policy edit does not rewrite history
 */
@EventType("helpdesk.sla.deadlines-set.v1")
public record SlaDeadlinesSet(
        UUID policyId,
        int policyVersion,
        String calendarId,
        Instant firstResponseDue,
        Instant nextResponseDue,
        Instant resolutionDue,
        String reason) implements SlaEvent {

    public SlaDeadlinesSet {
        Objects.requireNonNull(policyId, "policyId");
    }
}
