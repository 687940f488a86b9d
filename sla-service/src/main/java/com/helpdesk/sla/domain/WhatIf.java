package com.helpdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a target fares at {@code now} under an allowance — its own, or a draft policy's. The business time the
 * target has used (its pauses included) does not depend on the allowance, so comparing the two outcomes is
 * replaying the clock under the draft. Time used is counted on the clock's own calendar.
 */
public final class WhatIf {

    public enum Outcome {
        /** Met within the allowance. */
        MET,
        MET_LATE,
        BREACHED,
        ON_TRACK,
        /** The policy does not measure this target. */
        NOT_MEASURED
    }

    /** An outcome, with the deadline while the target runs on track. */
    public record Verdict(Outcome outcome, Instant dueAt) {
    }

    private WhatIf() {
    }

    public static Verdict judge(TargetClock target, Duration allowed, Instant now, BusinessCalendar calendar) {
        if (allowed == null) {
            return new Verdict(Outcome.NOT_MEASURED, null);
        }
        if (target.met()) {
            return new Verdict(target.used().compareTo(allowed) <= 0 ? Outcome.MET : Outcome.MET_LATE, null);
        }
        Duration used = target.usedAt(now, calendar);
        if (used.compareTo(allowed) >= 0) {
            return new Verdict(Outcome.BREACHED, null);
        }
        return new Verdict(Outcome.ON_TRACK, target.running() ? calendar.add(now, allowed.minus(used)) : null);
    }
}
