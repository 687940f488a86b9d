package com.helpdesk.ticket.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket is in its lifecycle (DESIGN §3). */
public enum TicketStatus {
    /** Filed and waiting for someone to take it. */
    NEW,
    /** Assigned, not yet worked on. */
    OPEN,
    IN_PROGRESS,
    PENDING_CUSTOMER,
    RESOLVED,
    CLOSED,
    /** Resolved or closed once, and back: waiting to be worked again. */
    REOPENED;

    /** Statuses in which the ticket is still being handled by the desk. */
    static final Set<TicketStatus> ACTIVE = EnumSet.of(NEW, OPEN, IN_PROGRESS, PENDING_CUSTOMER, REOPENED);
    /** Statuses in which routing may (re)assign it. */
    static final Set<TicketStatus> AWAITING_ASSIGNMENT = EnumSet.of(NEW, REOPENED);
}
