package com.helpdesk.sla.store;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A stored clock transition, as the API shows it. */
public record TimelineEntry(Instant at, UUID causeEventId, String causeType, String kind, UUID policyId,
        int policyVersion, String calendarId, int calendarVersion, JsonNode change) {
}
