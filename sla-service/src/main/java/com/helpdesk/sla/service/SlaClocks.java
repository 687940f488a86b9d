package com.helpdesk.sla.service;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.sla.domain.Announcements;
import com.helpdesk.sla.domain.Cause;
import com.helpdesk.sla.domain.SlaClock;
import com.helpdesk.sla.store.ClockStore;
import com.helpdesk.sla.store.ClockUpdate;
import com.helpdesk.sla.store.RuleStore;
import com.helpdesk.sla.store.StoredClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Moves clocks: on ticket events (in the inbox's transaction) and when warnings and breaches fall due. The
 * clock, its timeline and the announcing events commit together through the outbox.
 */
@ApplicationScoped
public class SlaClocks {

    private final ClockStore clocks;
    private final RuleStore rules;
    private final Outbox outbox;
    private final URI source;
    private final String actor;
    private final MeterRegistry metrics;

    SlaClocks(ClockStore clocks, RuleStore rules, Outbox outbox, OutboxConfig outboxConfig,
            @ConfigProperty(name = "quarkus.application.name") String service, MeterRegistry metrics) {
        this.clocks = clocks;
        this.rules = rules;
        this.outbox = outbox;
        this.source = URI.create(outboxConfig.source());
        this.actor = "service:" + service;
        this.metrics = metrics;
    }

    /** Reacts to one ticket event; must run in a transaction (the inbox's). */
    public Uni<Void> react(EventEnvelope<? extends HelpdeskEvent> event) {
        if (!(event.data() instanceof TicketEvent ticketEvent)) {
            return Uni.createFrom().voidItem();
        }
        UUID ticketId = UUID.fromString(event.subject());
        Cause cause = new Cause(event.id(), event.type(), event.time());
        return clocks.lock(ticketId).chain(stored -> {
            boolean alreadyReflected = stored.clock().exists() && event.streamVersion() <= stored.ticketVersion();
            boolean concernsNoClock = !stored.clock().exists() && !(ticketEvent instanceof TicketCreated);
            if (alreadyReflected || concernsNoClock) {
                return Uni.createFrom().voidItem();
            }
            return rules.current().chain(current -> {
                var reaction = SlaClock.apply(stored.clock(),
                        SlaClock.decide(stored.clock(), ticketEvent, cause, current), cause);
                if (!reaction.clock().exists()) {
                    return Uni.createFrom().voidItem();
                }
                UUID correlation = stored.correlationId() == null ? event.correlationId() : stored.correlationId();
                return record(List.of(new ClockUpdate(stored.with(reaction.clock(), event.streamVersion(), correlation),
                        reaction.transitions())), announcements(reaction, data -> EventEnvelope.caused(event, source,
                                event.subject(), event.streamVersion(), actor, data)));
            });
        });
    }

    /**
     * Fires the warnings and breaches due at {@code now} for at most {@code limit} clocks, in one transaction;
     * returns how many clocks it claimed.
     */
    public Uni<Integer> fireDue(Instant now, int limit) {
        Cause cause = Cause.timer(now);
        List<EventEnvelope<SlaEvent>> fired = new ArrayList<>();
        return Panache.withTransaction(() -> clocks.claimDue(now, limit).chain(claimed -> {
            List<ClockUpdate> updates = new ArrayList<>(claimed.size());
            List<EventEnvelope<SlaEvent>> announced = new ArrayList<>();
            for (StoredClock stored : claimed) {
                var reaction = SlaClock.apply(stored.clock(), SlaClock.decideDue(stored.clock(), now), cause);
                updates.add(new ClockUpdate(stored.with(reaction.clock(), stored.ticketVersion(), stored.correlationId()),
                        reaction.transitions()));
                announced.addAll(announcements(reaction, uncaused(stored)));
            }
            fired.addAll(announced);
            return record(updates, announced).replaceWith(claimed.size());
        })).invoke(() -> fired.forEach(this::count)); // after the commit: a rolled-back pass fired nothing
    }

    /** Business counters for dashboards: {@code helpdesk_sla_fired_total{event="breached",target="RESOLUTION"}}. */
    private void count(EventEnvelope<SlaEvent> event) {
        if (event.data() instanceof SlaBreached breached) {
            metrics.counter("helpdesk.sla.fired", "event", "breached", "target", breached.target().name()).increment();
        } else if (event.data() instanceof SlaWarning warning) {
            metrics.counter("helpdesk.sla.fired", "event", "warning", "target", warning.target().name()).increment();
        }
    }

    /**
     * Moves the open clocks following a policy onto the policies in force now (at most {@code limit} of them,
     * in one transaction); returns how many were re-targeted.
     */
    public Uni<Integer> reapply(UUID policyId, int limit) {
        Instant now = Instant.now();
        Cause cause = Cause.reapplied(now);
        return Panache.withTransaction(() -> rules.current().chain(current -> clocks.lockOpenFollowingPolicy(policyId, limit)
                .chain(locked -> {
                    List<ClockUpdate> updates = new ArrayList<>();
                    List<EventEnvelope<SlaEvent>> announced = new ArrayList<>();
                    for (StoredClock stored : locked) {
                        var reaction = SlaClock.apply(stored.clock(),
                                SlaClock.decideReapply(stored.clock(), now, current), cause);
                        if (!reaction.transitions().isEmpty()) {
                            updates.add(new ClockUpdate(stored.with(reaction.clock(), stored.ticketVersion(),
                                    stored.correlationId()), reaction.transitions()));
                            announced.addAll(announcements(reaction, uncaused(stored)));
                        }
                    }
                    return record(updates, announced).replaceWith(updates.size());
                })));
    }

    private Uni<Void> record(List<ClockUpdate> updates, List<EventEnvelope<SlaEvent>> announced) {
        return clocks.record(updates)
                .chain(() -> announced.isEmpty() ? Uni.createFrom().voidItem() : outbox.enqueueAll(announced));
    }

    /** Envelopes for what no ticket event caused (the timer, a re-apply): they join the ticket's correlation. */
    private Function<SlaEvent, EventEnvelope<SlaEvent>> uncaused(StoredClock stored) {
        return data -> EventEnvelope.first(source, stored.ticketId().toString(), stored.ticketVersion(), actor,
                stored.correlationId(), data);
    }

    private static List<EventEnvelope<SlaEvent>> announcements(SlaClock.Reaction reaction,
            Function<SlaEvent, EventEnvelope<SlaEvent>> envelope) {
        return reaction.transitions().stream()
                .flatMap(transition -> Announcements.of(transition).stream())
                .map(envelope)
                .toList();
    }
}
