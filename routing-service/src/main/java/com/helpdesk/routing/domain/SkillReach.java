package com.helpdesk.routing.domain;

import java.time.Duration;

/**
 * How far a decision looks for skills. A ticket that waits too long widens its candidate set: first to
 * agents skilled in the same area of the catalog, then to any agent of its line and team.
 */
public enum SkillReach {

    /** Only agents with a skill covering the ticket's category. */
    EXACT,
    /** Also agents with a skill in the same area ({@code billing.invoice} for {@code billing.refund}), at half score. */
    RELATED,
    /** Also the team's generalists: any agent of the line and team who speaks the language, at score 0. */
    ANYONE;

    /** Reach after waiting {@code waited}, given when each widening starts. */
    public static SkillReach after(Duration waited, Duration relatedAfter, Duration anyoneAfter) {
        if (waited.compareTo(anyoneAfter) >= 0) {
            return ANYONE;
        }
        return waited.compareTo(relatedAfter) >= 0 ? RELATED : EXACT;
    }
}
