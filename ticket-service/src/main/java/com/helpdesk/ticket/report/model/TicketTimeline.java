package com.helpdesk.ticket.report.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.helpdesk.ticket.domain.TicketStatus;

/**
 * One ticket's known facts in order, with the questions every report asks of them: what was its state at
 * an instant, when did something first or last happen in a period, and how long did it spend in which state.
 */
public final class TicketTimeline {

    /** A stretch of time the ticket spent in one state: from one ticket event to the next. */
    public record Segment(Instant from, Instant to, TicketState state) {
    }

    private final UUID id;
    private final Fact created;
    private final List<Fact> facts;
    private final List<Fact> ticketFacts;

    private TicketTimeline(UUID id, Fact created, List<Fact> facts) {
        this.id = id;
        this.created = created;
        this.facts = List.copyOf(facts);
        this.ticketFacts = facts.stream().filter(fact -> !fact.kind().isSla()).toList();
    }

    /** The timeline of facts in order; empty when the ticket's creation is not among them (yet). */
    public static Optional<TicketTimeline> of(UUID id, List<Fact> ordered) {
        return ordered.stream().filter(fact -> fact.kind() == FactKind.CREATED).findFirst()
                .map(created -> new TicketTimeline(id, created, ordered));
    }

    public UUID id() {
        return id;
    }

    public Fact created() {
        return created;
    }

    public Stream<Fact> facts(FactKind kind) {
        return facts.stream().filter(fact -> fact.kind() == kind);
    }

    public Stream<Fact> slaFacts() {
        return facts.stream().filter(fact -> fact.kind().isSla());
    }

    /** The ticket right after its last event at or before {@code at} (its creation state before that). */
    public TicketState stateAt(Instant at) {
        return lastTicketFact(fact -> !fact.at().isAfter(at)).orElse(created).state();
    }

    /** The ticket as it stood at the end of the period. */
    public TicketState stateAtEnd(ReportPeriod period) {
        return lastTicketFact(fact -> period.isBeforeEnd(fact.at())).orElse(created).state();
    }

    public boolean existsAtEnd(ReportPeriod period) {
        return period.isBeforeEnd(created.at());
    }

    public boolean mergedBy(ReportPeriod period) {
        return facts(FactKind.MERGED).anyMatch(fact -> period.isBeforeEnd(fact.at()));
    }

    public long countBeforeEnd(FactKind kind, ReportPeriod period) {
        return facts(kind).filter(fact -> period.isBeforeEnd(fact.at())).count();
    }

    /** The last fact of a kind inside the period, e.g. the resolution a resolution time is measured to. */
    public Optional<Fact> lastIn(FactKind kind, ReportPeriod period) {
        return facts(kind).filter(fact -> period.contains(fact.at())).reduce((first, second) -> second);
    }

    public Optional<Fact> first(FactKind kind) {
        return facts(kind).findFirst();
    }

    /** The stretches between consecutive ticket events, the last one running until {@code until}. */
    public List<Segment> segments(Instant until) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < ticketFacts.size(); i++) {
            Fact fact = ticketFacts.get(i);
            Instant end = i + 1 < ticketFacts.size() ? ticketFacts.get(i + 1).at() : until;
            if (end.isAfter(until)) {
                end = until;
            }
            if (end.isAfter(fact.at())) {
                segments.add(new Segment(fact.at(), end, fact.state()));
            }
        }
        return segments;
    }

    /** Business seconds in {@code [from, to)} spent in a status outside {@code stopped}. */
    public long businessSeconds(Instant from, Instant to, Set<TicketStatus> stopped, BusinessHours hours) {
        long total = 0;
        for (Segment segment : segments(to)) {
            if (!stopped.contains(segment.state().status())) {
                total += hours.seconds(segment.from().isAfter(from) ? segment.from() : from, segment.to());
            }
        }
        return total;
    }

    private Optional<Fact> lastTicketFact(Predicate<Fact> known) {
        Fact last = null;
        for (Fact fact : ticketFacts) {
            if (known.test(fact)) {
                last = fact;
            }
        }
        return Optional.ofNullable(last);
    }
}
