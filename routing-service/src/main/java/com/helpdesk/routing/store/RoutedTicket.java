package com.helpdesk.routing.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.domain.TicketToRoute;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A ticket as routing knows it from the ticket events. A WAITING row is a queue entry; its
 * {@code queuePriority} starts at the ticket's priority and rises when its SLA is in danger.
 */
@Entity
@Table(name = "routed_ticket")
public class RoutedTicket extends PanacheEntityBase {

    @Id
    public UUID ticketId;
    public String number;
    public String category;
    public String language;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    public Priority queuePriority;
    @Enumerated(EnumType.STRING)
    public SupportLine line;
    public String team;
    @Enumerated(EnumType.STRING)
    public RouteState state;
    public String agentId;
    public UUID decisionId;
    public Instant waitingSince;
    /** The earliest open SLA deadline; absent when the SLA sets none (or has not reported yet). */
    public Instant slaDueAt;
    public long ticketVersion;
    /** How far its candidates were last widened while waiting. */
    @Enumerated(EnumType.STRING)
    public SkillReach reach;
    /** The team came from the category's coverage, not from ticket-service, and follows a category change. */
    public boolean teamFromCategory;
    /** Where the ticket came in, for agents' limits per channel; null for tickets routed before it was kept. */
    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** Queue order: queue priority, then earliest SLA deadline (none last), then longest wait. */
    public static final Comparator<RoutedTicket> QUEUE_ORDER = Comparator
            .comparing((RoutedTicket ticket) -> ticket.queuePriority)
            .thenComparing(ticket -> ticket.slaDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ticket -> ticket.waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ticket -> ticket.ticketId);

    /**
     * The priority changed: the queue priority follows, except that a rise for SLA danger is kept if it is
     * more urgent than the new priority.
     */
    public void reprioritize(Priority to) {
        boolean raised = queuePriority.compareTo(priority) < 0;
        priority = to;
        queuePriority = raised && queuePriority.compareTo(to) < 0 ? queuePriority : to;
    }

    public TicketToRoute toRoute(SkillReach reach) {
        return new TicketToRoute(ticketId, category, language, line, team, reach, channel);
    }

    public void assignTo(String agent, UUID decision) {
        state = RouteState.ASSIGNED;
        agentId = agent;
        decisionId = decision;
        waitingSince = null;
        queuePriority = priority;
        reach = SkillReach.EXACT;
    }

    /** Joins the queue, keeping its place if it was already waiting. */
    public void waitFrom(Instant now) {
        if (state != RouteState.WAITING) {
            waitingSince = now;
            queuePriority = priority;
            reach = SkillReach.EXACT;
        }
        state = RouteState.WAITING;
        agentId = null;
        decisionId = null;
    }
}
