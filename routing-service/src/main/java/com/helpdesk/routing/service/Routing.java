package com.helpdesk.routing.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.routing.RoutingEvent;
import com.helpdesk.events.routing.TicketQueued;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;
import com.helpdesk.routing.config.RoutingConfig;
import com.helpdesk.routing.domain.Agent;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.Router;
import com.helpdesk.routing.domain.RoutingDecision;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.store.AgentPool;
import com.helpdesk.routing.store.DecisionLog;
import com.helpdesk.routing.store.LockedAgents;
import com.helpdesk.routing.store.Queues;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;
import com.helpdesk.routing.store.StoredAgent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Applies routing decisions: locks the agents concerned, lets the {@link Router} decide, and stores the
 * load change, the decision log entry and the published event in the caller's transaction — all or none.
 */
@ApplicationScoped
public class Routing {

    /** The actor of what routing does on its own account: reactions to events and routine passes. */
    public static final String ACTOR = "service:routing-service";

    private final AgentPool agents;
    private final Queues queues;
    private final DecisionLog log;
    private final Outbox outbox;
    private final Router router;
    private final RoutingConfig config;
    private final URI source;
    private final Counter assigned;
    private final Counter queued;

    Routing(AgentPool agents, Queues queues, DecisionLog log, Outbox outbox, RoutingConfig config,
            OutboxConfig outboxConfig, MeterRegistry metrics) {
        this.agents = agents;
        this.queues = queues;
        this.log = log;
        this.outbox = outbox;
        this.router = new Router(config.reportedCandidates());
        this.config = config;
        this.source = URI.create(outboxConfig.source());
        this.assigned = decisions(metrics, "assigned");
        this.queued = decisions(metrics, "queued");
    }

    private static Counter decisions(MeterRegistry metrics, String outcome) {
        return Counter.builder("helpdesk.routing.decisions").description("Routing decisions published")
                .tag("outcome", outcome).register(metrics);
    }

    /**
     * Finds the ticket an agent, or queues it; the ticket row must be locked by the caller. A ticket that
     * already has an agent is left alone, so routing the same ticket twice never assigns it twice.
     */
    public Uni<Void> route(RoutedTicket ticket, Causation cause) {
        return routeAvoiding(ticket, null, cause);
    }

    /** Routes the ticket to anyone but {@code agentId}, who was just taken off it (may be null). */
    public Uni<Void> routeAvoiding(RoutedTicket ticket, String agentId, Causation cause) {
        if (ticket.agentId != null) {
            return Uni.createFrom().voidItem();
        }
        return agents.lockFor(ticket.line, ticket.team).chain(pool -> {
            if (agentId != null) {
                pool.remove(agentId);
            }
            return decide(ticket, pool, cause, true);
        });
    }

    /**
     * The ticket's agent no longer works it (resolved, moved away, unassigned): their capacity frees and goes
     * to the queue — to other tickets than this one, which the caller routes or closes itself.
     */
    public Uni<Void> release(RoutedTicket ticket, Causation cause) {
        String holder = ticket.agentId;
        ticket.agentId = null;
        ticket.decisionId = null;
        return free(holder, ticket, cause);
    }

    /**
     * The ticket was assigned outside routing's last decision (by hand, or an older decision): the previous
     * holder's capacity frees and the new agent's load counts it, even beyond capacity — a supervisor's
     * choice stands.
     */
    public Uni<Void> reassign(RoutedTicket ticket, String agentId, UUID decisionId, Causation cause) {
        String previous = ticket.agentId;
        ticket.assignTo(agentId, decisionId);
        return free(previous, ticket, cause)
                .chain(() -> agents.lockOne(agentId))
                .invoke(agent -> {
                    if (agent != null) {
                        agent.takeLoadOf(agent.toAgent().withTicket(ticket.channel, Instant.now()));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> free(String agentId, RoutedTicket handled, Causation cause) {
        if (agentId == null) {
            return Uni.createFrom().voidItem();
        }
        return agents.lockAround(agentId).chain(pool -> {
            if (pool.row(agentId) == null) {
                return Uni.createFrom().voidItem(); // assigned by hand to someone routing does not manage
            }
            StoredAgent freed = pool.change(agentId, agent -> agent.takeLoadOf(pool.agent(agentId).withoutTicket(handled.channel)));
            return drain(freed, pool, handled, cause);
        });
    }

    /**
     * Sets an agent's presence; coming online drains their queues at once. The agent is read under its lock,
     * so a decision made meanwhile by another instance is never overwritten. Null if there is no such agent.
     */
    public Uni<StoredAgent> setPresence(String agentId, Presence presence, Causation cause) {
        return agents.lockAround(agentId).chain(pool -> {
            StoredAgent found = pool.row(agentId);
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            boolean comingOnline = found.presence != Presence.ONLINE && presence == Presence.ONLINE;
            StoredAgent agent = pool.change(agentId, changed -> {
                changed.presence = presence;
                if (comingOnline) {
                    changed.idleSince = Instant.now();
                }
            });
            return comingOnline ? drain(agent, pool, null, cause).replaceWith(agent) : Uni.createFrom().item(agent);
        });
    }

    /** An agent's profile changed (capacity, skills, teams) and they may take more work: their queues drain. */
    public Uni<Void> drainFor(StoredAgent agent, Causation cause) {
        return agents.lockAround(agent.id).chain(pool -> drain(agent, pool, null, cause));
    }

    /** Offers the waiting tickets, in queue order, to the pool around a freed agent; {@code handled} is left out. */
    private Uni<Void> drain(StoredAgent freed, LockedAgents pool, RoutedTicket handled, Causation cause) {
        if (freed.presence != Presence.ONLINE || !freed.toAgent().hasFreeCapacity()) {
            return Uni.createFrom().voidItem();
        }
        return queues.lockNext(freed.line, Set.of(freed.teams), config.drainBatch())
                .onItem().transformToMulti(waiting -> Multi.createFrom().iterable(waiting))
                // the session hands back this transaction's own instances: one it just resolved or assigned is no longer waiting
                .filter(ticket -> ticket != handled && ticket.state == RouteState.WAITING)
                .onItem().transformToUniAndConcatenate(ticket -> anyoneFree(pool)
                        ? decide(ticket, pool, cause, false)
                        : Uni.createFrom().voidItem())
                .collect().last()
                .replaceWithVoid();
    }

    private static boolean anyoneFree(LockedAgents pool) {
        return pool.agents().stream().anyMatch(agent -> agent.presence() == Presence.ONLINE && agent.hasFreeCapacity());
    }

    /**
     * @param announceQueue whether a ticket nobody can take is (re)queued with a {@code TicketQueued}; a
     *                      drain passing over a ticket that already waits announces nothing
     */
    private Uni<Void> decide(RoutedTicket ticket, LockedAgents pool, Causation cause, boolean announceQueue) {
        Instant now = Instant.now();
        RoutingDecision decision = router.decide(ticket.toRoute(reach(ticket, now)), pool.agents());
        UUID decisionId = UUID.randomUUID();
        if (decision instanceof RoutingDecision.Assign assign) {
            Agent loaded = pool.agent(assign.agentId()).withTicket(ticket.channel, now);
            StoredAgent chosen = pool.change(assign.agentId(), agent -> agent.takeLoadOf(loaded));
            ticket.assignTo(chosen.id, decisionId);
            assigned.increment();
            return publish(ticket, decisionId, new AssignmentDecided(decisionId, chosen.id, ticket.team, ticket.line,
                    assign.candidates(), assign.reason()), cause);
        }
        if (!announceQueue) {
            return Uni.createFrom().voidItem();
        }
        ticket.waitFrom(now);
        queued.increment();
        return publish(ticket, decisionId, new TicketQueued(decisionId, ticket.team, ticket.line,
                decision.candidates(), decision.reason()), cause);
    }

    /** A ticket that has waited long enough is offered to related skills, later to generalists. */
    private SkillReach reach(RoutedTicket ticket, Instant now) {
        if (ticket.state != RouteState.WAITING || ticket.waitingSince == null) {
            return SkillReach.EXACT;
        }
        return SkillReach.after(Duration.between(ticket.waitingSince, now), config.widening().relatedSkillsAfter(),
                config.widening().generalistsAfter());
    }

    /**
     * Offers a ticket that has waited past a widening threshold to its wider candidate set; it keeps its
     * place in the queue if still nobody fits. The ticket row must be locked by the caller.
     */
    public Uni<Void> reconsider(RoutedTicket ticket, Causation cause) {
        if (ticket.state != RouteState.WAITING) {
            return Uni.createFrom().voidItem();
        }
        SkillReach reach = reach(ticket, Instant.now());
        return agents.lockFor(ticket.line, ticket.team).chain(pool -> decide(ticket, pool, cause, false))
                .invoke(() -> {
                    if (ticket.state == RouteState.WAITING) {
                        ticket.reach = reach;
                    }
                });
    }

    /** Publishes a routing event about the ticket through the outbox, in the current transaction. */
    public Uni<Void> publish(RoutedTicket ticket, RoutingEvent data, Causation cause) {
        return outbox.enqueue(envelope(ticket, data, cause));
    }

    private Uni<Void> publish(RoutedTicket ticket, UUID decisionId, RoutingEvent data, Causation cause) {
        EventEnvelope<RoutingEvent> event = envelope(ticket, data, cause);
        return outbox.enqueue(event).chain(() -> log.record(event, decisionId));
    }

    private EventEnvelope<RoutingEvent> envelope(RoutedTicket ticket, RoutingEvent data, Causation cause) {
        return EventEnvelope.of(source, ticket.ticketId.toString(), ticket.ticketVersion, cause, data);
    }
}
