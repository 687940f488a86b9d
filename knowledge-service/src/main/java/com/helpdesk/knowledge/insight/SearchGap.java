package com.helpdesk.knowledge.insight;

import java.time.Instant;

/** A query that found nothing, how often, since when. */
public record SearchGap(String locale, String query, int searches, Instant firstAt, Instant lastAt) {
}
