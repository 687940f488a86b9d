package com.helpdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.helpdesk.events.sla.SlaTarget;

/**
 * One target of a ticket's clock. Business time {@code used} accumulates over the stretches the target ran;
 * while it runs ({@code runningSince} set) its deadline is {@code dueAt} and a warning falls due at
 * {@code warnAt}. A paused target keeps the deadline last in force for display, but nothing fires for it.
 *
 * @param used business time consumed before {@code runningSince} (all of it, when not running)
 */
public record TargetClock(
        SlaTarget target,
        Duration allowed,
        Duration used,
        Instant runningSince,
        Instant dueAt,
        Instant warnAt,
        Instant metAt,
        boolean warned,
        boolean breached) {

    public TargetClock {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(used, "used");
    }

    static TargetClock start(SlaTarget target, Duration allowed, Instant at, BusinessCalendar calendar,
            int warningPercent) {
        return new TargetClock(target, allowed, Duration.ZERO, null, null, null, null, false, false)
                .runFrom(at, calendar, warningPercent);
    }

    public boolean running() {
        return runningSince != null;
    }

    public boolean met() {
        return metAt != null;
    }

    /** Business time used up to {@code at}, including the current run. */
    public Duration usedAt(Instant at, BusinessCalendar calendar) {
        return running() ? used.plus(calendar.between(runningSince, at)) : used;
    }

    /** Business time left at {@code at}; negative once overdue. */
    public Duration remainingAt(Instant at, BusinessCalendar calendar) {
        return allowed.minus(usedAt(at, calendar));
    }

    TargetClock pause(Instant at, BusinessCalendar calendar) {
        if (!running()) {
            return this;
        }
        return new TargetClock(target, allowed, usedAt(at, calendar), null, dueAt, null, metAt, warned, breached);
    }

    /**
     * Runs again from {@code at}: the deadline moves back by the business time spent paused. A target already
     * overdue falls due at once, so a breach missed while paused still fires.
     */
    TargetClock runFrom(Instant at, BusinessCalendar calendar, int warningPercent) {
        Duration left = positive(allowed.minus(used));
        Duration untilWarning = positive(allowed.multipliedBy(warningPercent).dividedBy(100).minus(used));
        return new TargetClock(target, allowed, used, at, calendar.add(at, left), calendar.add(at, untilWarning),
                null, warned, breached);
    }

    /** The same target under another allowance (another policy); a warning or breach that no longer holds is forgotten. */
    TargetClock retarget(Duration newAllowed, Instant at, BusinessCalendar calendar, int warningPercent) {
        Duration usedNow = usedAt(at, calendar);
        boolean stillWarned = warned && usedNow.multipliedBy(100).compareTo(newAllowed.multipliedBy(warningPercent)) >= 0;
        boolean stillBreached = breached && usedNow.compareTo(newAllowed) >= 0;
        TargetClock changed = new TargetClock(target, newAllowed, usedNow, null, dueAt, null, metAt, stillWarned,
                stillBreached);
        return running() ? changed.runFrom(at, calendar, warningPercent) : changed;
    }

    /**
     * Met at {@code at}. Met while paused (say, an agent answers a ticket waiting for the customer), the deadline
     * is the one resuming at that moment would have set, so {@code metAt} after {@code dueAt} still means late.
     */
    TargetClock meet(Instant at, BusinessCalendar calendar) {
        Duration left = allowed.minus(usedAt(at, calendar));
        Instant due = running() || left.isNegative() || left.isZero() ? dueAt : calendar.add(at, left);
        return new TargetClock(target, allowed, usedAt(at, calendar), null, due, null, at, warned, breached);
    }

    TargetClock markWarned() {
        return new TargetClock(target, allowed, used, runningSince, dueAt, warnAt, metAt, true, breached);
    }

    TargetClock markBreached() {
        return new TargetClock(target, allowed, used, runningSince, dueAt, warnAt, metAt, warned, true);
    }

    /** The next instant something fires for this target, or {@code null}. */
    Instant nextFireAt() {
        if (!running()) {
            return null;
        }
        return !warned ? warnAt : !breached ? dueAt : null;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
