package com.helpdesk.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketCategoryChanged;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.Visibility;

/**
 * A ticket's SLA clock: pure {@link #decide decide} (what changes, given a ticket event or the timer) and
 * {@link #evolve evolve} (the clock after a change). {@link #NONE} is the clock of a ticket not seen yet.
 *
 * @param nextResponse the business time the followed policy version allows for each next response, if any
 * @param responded    whether an agent has answered publicly; customer messages after that start next-response targets
 */
public record SlaClock(
        ClockState state,
        TicketProfile profile,
        PolicyRef policy,
        CalendarRef calendar,
        int warningPercent,
        Duration nextResponse,
        Map<SlaTarget, TargetClock> targets,
        boolean responded) {

    public static final SlaClock NONE = new SlaClock(null, null, null, null, 0, null, Map.of(), false);

    /** Custom field carrying the last day of the requester's support entitlement (ISO date). */
    public static final String ENTITLEMENT_END_FIELD = "entitlementEnd";
    /** Custom field carrying the purchase date (ISO date), when the filing system sends that instead. */
    public static final String PURCHASE_DATE_FIELD = "purchaseDate";
    /** Free support lasts this long after purchase (DESIGN §1). */
    public static final Period FREE_SUPPORT = Period.ofDays(90);

    public SlaClock {
        targets = targets == null || targets.isEmpty() ? Map.of() : Map.copyOf(targets);
    }

    public boolean exists() {
        return state != null;
    }

    public TargetClock target(SlaTarget target) {
        return targets.get(target);
    }

    /** The earliest instant a warning or breach is due, or {@code null} when nothing runs. */
    public Instant nextFireAt() {
        return targets.values().stream().map(TargetClock::nextFireAt).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
    }

    /** The clock's response to a ticket event; an event that does not concern it changes nothing. */
    public static List<ClockChange> decide(SlaClock clock, TicketEvent event, Cause cause, SlaRules rules) {
        if (event instanceof TicketCreated created) {
            return clock.exists() ? List.of() : List.of(clock.start(created, cause, rules));
        }
        Instant at = cause.at();
        if (!clock.exists() || clock.state == ClockState.MERGED) {
            return List.of();
        }
        if (clock.state == ClockState.CLOSED) {
            return event instanceof TicketReopened reopened
                    ? List.of(clock.reopen(at, rules, reasonOr(reopened.reason(), "ticket reopened")))
                    : List.of();
        }
        if (event instanceof TicketCommented comment) {
            return clock.commented(comment, at, rules);
        }
        if (event instanceof TicketPendingCustomer pending) {
            return clock.state == ClockState.RUNNING
                    ? List.of(clock.pause(ClockState.PENDING_CUSTOMER, at, rules,
                            reasonOr(pending.reason(), "waiting for the customer")))
                    : List.of();
        }
        if (event instanceof TicketResumed resumed) {
            return clock.state == ClockState.PENDING_CUSTOMER
                    ? List.of(clock.resume(at, rules, reasonOr(resumed.reason(), "work resumed")))
                    : List.of();
        }
        if (event instanceof TicketResolved) {
            return clock.state == ClockState.RESOLVED ? List.of() : clock.resolved(at, rules);
        }
        if (event instanceof TicketReopened reopened) {
            return clock.state == ClockState.RESOLVED
                    ? List.of(clock.reopen(at, rules, reasonOr(reopened.reason(), "ticket reopened")))
                    : List.of();
        }
        if (event instanceof TicketClosed closed) {
            return List.of(clock.pause(ClockState.CLOSED, at, rules, reasonOr(closed.reason(), "ticket closed")));
        }
        if (event instanceof TicketMerged merged) {
            return List.of(clock.pause(ClockState.MERGED, at, rules,
                    "merged into " + (merged.intoNumber() == null ? merged.intoTicketId() : merged.intoNumber())));
        }
        if (event instanceof TicketPriorityChanged changed) {
            return List.of(clock.reclassify(clock.profile.withPriority(changed.to()),
                    "priority " + changed.from() + " → " + changed.to(), at, rules));
        }
        if (event instanceof TicketCategoryChanged changed) {
            return List.of(clock.reclassify(clock.profile.withCategory(changed.to()),
                    "category " + changed.from() + " → " + changed.to(), at, rules));
        }
        if (event instanceof TicketTransferred transferred) {
            return List.of(clock.reclassify(clock.profile.withTeam(transferred.toTeam()),
                    "team " + transferred.fromTeam() + " → " + transferred.toTeam(), at, rules));
        }
        return List.of();
    }

    /** Warnings and breaches due at {@code now}, in the order they fell due. */
    public static List<ClockChange> decideDue(SlaClock clock, Instant now) {
        if (!clock.exists() || clock.state != ClockState.RUNNING) {
            return List.of();
        }
        List<ClockChange> due = new ArrayList<>();
        for (TargetClock target : clock.targets.values()) {
            if (!target.running()) {
                continue;
            }
            if (!target.warned() && !target.warnAt().isAfter(now)) {
                due.add(new ClockChange.Warned(target.target(), target.dueAt(), clock.warningPercent));
            }
            if (!target.breached() && !target.dueAt().isAfter(now)) {
                due.add(new ClockChange.Breached(target.target(), target.dueAt()));
            }
        }
        return due;
    }

    /**
     * Moves an open clock onto the policies in force now — typically the latest version of its own — keeping the
     * business time used. Running clocks otherwise keep the version they started with.
     */
    public static List<ClockChange> decideReapply(SlaClock clock, Instant at, SlaRules rules) {
        if (!clock.exists() || clock.state == ClockState.CLOSED || clock.state == ClockState.MERGED) {
            return List.of();
        }
        ClockChange change = clock.reclassify(clock.profile, "policies re-applied", at, rules);
        return change instanceof ClockChange.Reclassified ? List.of() : List.of(change);
    }

    public static SlaClock evolve(SlaClock clock, ClockChange change) {
        if (change instanceof ClockChange.DeadlinesSet set) {
            return new SlaClock(clock.exists() ? clock.state : ClockState.RUNNING, set.profile(), set.policy(),
                    set.calendar(), set.warningPercent(), set.nextResponse(), set.targets(), clock.responded);
        }
        if (change instanceof ClockChange.Reclassified reclassified) {
            return new SlaClock(clock.state, reclassified.profile(), clock.policy, clock.calendar, clock.warningPercent,
                    clock.nextResponse, clock.targets, clock.responded);
        }
        if (change instanceof ClockChange.Paused paused) {
            return new SlaClock(paused.state(), clock.profile, clock.policy, clock.calendar, clock.warningPercent,
                    clock.nextResponse, paused.targets(), clock.responded);
        }
        if (change instanceof ClockChange.Resumed resumed) {
            return new SlaClock(ClockState.RUNNING, clock.profile, clock.policy, clock.calendar, clock.warningPercent,
                    clock.nextResponse, resumed.targets(), clock.responded);
        }
        if (change instanceof ClockChange.Met met) {
            return clock.withTarget(met.target().target(), target -> met.target());
        }
        if (change instanceof ClockChange.Warned warned) {
            return clock.withTarget(warned.target(), TargetClock::markWarned);
        }
        if (change instanceof ClockChange.Breached breached) {
            return clock.withTarget(breached.target(), TargetClock::markBreached);
        }
        if (change instanceof ClockChange.Responded) {
            return new SlaClock(clock.state, clock.profile, clock.policy, clock.calendar, clock.warningPercent,
                    clock.nextResponse, clock.targets, true);
        }
        throw new IllegalArgumentException("unknown clock change " + change);
    }

    /** Applies {@code changes} in order, recording each with its cause and the rules in force after it. */
    public static Reaction apply(SlaClock clock, List<ClockChange> changes, Cause cause) {
        SlaClock current = clock;
        List<Transition> timeline = new ArrayList<>(changes.size());
        for (ClockChange change : changes) {
            current = evolve(current, change);
            timeline.add(new Transition(cause, current.policy, current.calendar, change));
        }
        return new Reaction(current, timeline);
    }

    /** A clock after reacting, and the transitions that took it there. */
    public record Reaction(SlaClock clock, List<Transition> transitions) {
    }

    public static TicketProfile profileOf(TicketCreated created, Instant at) {
        return new TicketProfile(created.priority(), created.tier(), created.category(), created.channel(),
                created.team(), entitlementEnded(created, at));
    }

    private ClockChange start(TicketCreated created, Cause cause, SlaRules rules) {
        TicketProfile ticket = profileOf(created, cause.at());
        SlaPolicy chosen = rules.policyFor(ticket);
        BusinessCalendar counting = rules.calendar(chosen.calendarId());
        Map<SlaTarget, TargetClock> started = new EnumMap<>(SlaTarget.class);
        for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION)) {
            if (chosen.allowed(target) != null) {
                started.put(target, TargetClock.start(target, chosen.allowed(target), cause.at(), counting,
                        chosen.warningPercent()));
            }
        }
        String reason = ticket.entitlementExpired()
                ? "ticket created; support entitlement ended " + entitlementEnd(created).orElseThrow()
                : "ticket created";
        return new ClockChange.DeadlinesSet(ticket, chosen.ref(), counting.ref(), chosen.warningPercent(),
                chosen.allowed(SlaTarget.NEXT_RESPONSE), started, reason + "; policy " + chosen.name());
    }

    private List<ClockChange> commented(TicketCommented comment, Instant at, SlaRules rules) {
        if (comment.authorRole() == AuthorRole.AGENT && comment.visibility() == Visibility.PUBLIC) {
            List<ClockChange> changes = new ArrayList<>();
            for (SlaTarget target : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.NEXT_RESPONSE)) {
                TargetClock clockOfTarget = targets.get(target);
                if (clockOfTarget != null && !clockOfTarget.met()) {
                    changes.add(new ClockChange.Met(clockOfTarget.meet(at, calendarIn(rules))));
                }
            }
            if (!responded) {
                changes.add(new ClockChange.Responded());
            }
            return changes;
        }
        if (comment.authorRole() != AuthorRole.REQUESTER || state == ClockState.RESOLVED) {
            return List.of();
        }
        List<ClockChange> changes = new ArrayList<>();
        SlaClock current = this;
        if (state == ClockState.PENDING_CUSTOMER) {
            ClockChange resumed = resume(at, rules, "customer replied");
            changes.add(resumed);
            current = evolve(this, resumed);
        }
        TargetClock waiting = current.targets.get(SlaTarget.NEXT_RESPONSE);
        // the oldest unanswered customer message sets the deadline: a second message does not push it back
        if (responded && nextResponse != null && (waiting == null || waiting.met())) {
            Map<SlaTarget, TargetClock> next = new EnumMap<>(current.targets);
            next.put(SlaTarget.NEXT_RESPONSE, TargetClock.start(SlaTarget.NEXT_RESPONSE, nextResponse, at,
                    calendarIn(rules), warningPercent));
            changes.add(new ClockChange.DeadlinesSet(profile, policy, calendarIn(rules).ref(), warningPercent,
                    nextResponse, next, "customer replied"));
        }
        return changes;
    }

    private List<ClockChange> resolved(Instant at, SlaRules rules) {
        List<ClockChange> changes = new ArrayList<>();
        SlaClock current = this;
        TargetClock resolution = targets.get(SlaTarget.RESOLUTION);
        if (resolution != null && !resolution.met()) {
            ClockChange met = new ClockChange.Met(resolution.meet(at, calendarIn(rules)));
            changes.add(met);
            current = evolve(this, met);
        }
        changes.add(current.pause(ClockState.RESOLVED, at, rules, "ticket resolved"));
        return changes;
    }

    private ClockChange pause(ClockState pausedState, Instant at, SlaRules rules, String reason) {
        return new ClockChange.Paused(pausedState, mapTargets(target -> target.pause(at, calendarIn(rules))), reason);
    }

    private ClockChange resume(Instant at, SlaRules rules, String reason) {
        BusinessCalendar counting = calendarIn(rules);
        return new ClockChange.Resumed(
                mapTargets(target -> target.met() ? target : target.runFrom(at, counting, warningPercent)), reason);
    }

    /** Reopening resumes every target, resolution included: the time already used still counts. */
    private ClockChange reopen(Instant at, SlaRules rules, String reason) {
        BusinessCalendar counting = calendarIn(rules);
        return new ClockChange.Resumed(mapTargets(target -> target.target() == SlaTarget.RESOLUTION || !target.met()
                ? target.runFrom(at, counting, warningPercent) : target), reason);
    }

    private ClockChange reclassify(TicketProfile changed, String reason, Instant at, SlaRules rules) {
        SlaPolicy chosen = rules.policyFor(changed);
        if (chosen.ref().equals(policy)) {
            return new ClockChange.Reclassified(changed, reason);
        }
        BusinessCalendar counting = rules.calendar(chosen.calendarId());
        Map<SlaTarget, TargetClock> retargeted = new EnumMap<>(SlaTarget.class);
        targets.forEach((target, clockOfTarget) -> {
            if (chosen.allowed(target) != null) {
                retargeted.put(target, clockOfTarget.met() ? clockOfTarget
                        : clockOfTarget.retarget(chosen.allowed(target), at, counting, chosen.warningPercent()));
            }
        });
        return new ClockChange.DeadlinesSet(changed, chosen.ref(), counting.ref(), chosen.warningPercent(),
                chosen.allowed(SlaTarget.NEXT_RESPONSE), retargeted, reason + "; policy " + chosen.name());
    }

    private boolean isLive() {
        return state == ClockState.RUNNING || state == ClockState.PENDING_CUSTOMER;
    }

    private BusinessCalendar calendarIn(SlaRules rules) {
        return rules.calendar(calendar.id());
    }

    private Map<SlaTarget, TargetClock> mapTargets(UnaryOperator<TargetClock> change) {
        Map<SlaTarget, TargetClock> changed = new EnumMap<>(SlaTarget.class);
        targets.forEach((target, clockOfTarget) -> changed.put(target, change.apply(clockOfTarget)));
        return changed;
    }

    private SlaClock withTarget(SlaTarget target, UnaryOperator<TargetClock> change) {
        Map<SlaTarget, TargetClock> changed = new EnumMap<>(targets);
        changed.computeIfPresent(target, (key, clockOfTarget) -> change.apply(clockOfTarget));
        return new SlaClock(state, profile, policy, calendar, warningPercent, nextResponse, changed, responded);
    }

    private static boolean entitlementEnded(TicketCreated created, Instant at) {
        return entitlementEnd(created).filter(end -> end.isBefore(at.atZone(ZoneOffset.UTC).toLocalDate())).isPresent();
    }

    /** The last day of support: given, or 90 days after purchase. An unreadable date never costs the customer it. */
    private static Optional<LocalDate> entitlementEnd(TicketCreated created) {
        return date(created.customFields().get(ENTITLEMENT_END_FIELD))
                .or(() -> date(created.customFields().get(PURCHASE_DATE_FIELD)).map(bought -> bought.plus(FREE_SUPPORT)));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
