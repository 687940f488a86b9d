package com.helpdesk.events.routing;

import com.helpdesk.events.HelpdeskEvent;

/**
 * Routing's decisions, published on {@code helpdesk.routing.events}. Routing only decides; ticket-service
 * turns a decision into {@code TicketAssigned}, or rejects it if the ticket changed meanwhile. The subject
 * is the ticket id and the stream version the ticket version the decision was based on.
 */
public sealed interface RoutingEvent extends HelpdeskEvent
        permits AssignmentDecided, TicketQueued, QueuePriorityRaised, AssignedTicketBreached {
}
