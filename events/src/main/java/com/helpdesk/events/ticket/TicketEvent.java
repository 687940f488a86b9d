package com.helpdesk.events.ticket;

import com.helpdesk.events.HelpdeskEvent;

/**
 * What happens to a ticket, published on {@code helpdesk.ticket.events}. These events are the ticket
 * stream itself: the envelope's subject is the ticket id and its stream version the position in the
 * stream, so payloads never repeat either.
 */
public sealed interface TicketEvent extends HelpdeskEvent
        permits TicketCreated, TicketCommented, TicketPriorityChanged, TicketCategoryChanged, TicketTagsChanged,
                TicketAssigned, TicketUnassigned, TicketAssignmentRejected, TicketStarted, TicketPendingCustomer,
                TicketResumed, TicketResolved, TicketClosed, TicketReopened, TicketEscalated, TicketTransferred,
                TicketMerged, TicketRated, TicketAcknowledged {
}
