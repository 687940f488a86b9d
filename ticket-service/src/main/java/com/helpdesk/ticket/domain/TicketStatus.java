package com.helpdesk.ticket.domain;

/** Where a ticket is in its lifecycle (DESIGN §3). */
public enum TicketStatus {
    NEW, OPEN, IN_PROGRESS, PENDING_CUSTOMER, RESOLVED, CLOSED, REOPENED
}
