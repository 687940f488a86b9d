package com.helpdesk.events.routing;

import java.time.Instant;
import java.util.Objects;

import com.helpdesk.events.EventType;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.SupportLine;

/**
 * An SLA deadline passed while the ticket was with an agent: their supervisor and the agent are to be told
 * (notification-service), and — when routing is configured to ({@code helpdesk.routing.breach.reassign-to-l2})
 * and the ticket is at L1 — routing asks for it to be escalated. Routing cannot command ticket-service;
 * ticket-service may act on {@code escalateTo} by escalating the ticket, whose {@code TicketEscalated} routing
 * then routes to an agent of that line.
 *
 * @param agentId    the agent holding the ticket when it breached
 * @param line       the ticket's line at the breach
 * @param target     which deadline passed
 * @param dueAt      when it was due
 * @param escalateTo the line routing asks the ticket to be escalated to; absent when it only reports the breach
 */
@EventType("helpdesk.routing.assigned-ticket-breached.v1")
public record AssignedTicketBreached(
        String agentId,
        String team,
        SupportLine line,
        SlaTarget target,
        Instant dueAt,
        SupportLine escalateTo,
        String reason) implements RoutingEvent {

    public AssignedTicketBreached {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(target, "target");
    }
}
