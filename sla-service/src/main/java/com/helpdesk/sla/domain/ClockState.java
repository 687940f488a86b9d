package com.helpdesk.sla.domain;

/** Whether a ticket's clock counts time, and if not, why. */
public enum ClockState {
    RUNNING,
    /** The ticket waits for the customer. */
    PENDING_CUSTOMER,
    /** Resolved; the customer may still reopen it. */
    RESOLVED,
    /** Closed: nothing counts unless the ticket is reopened. */
    CLOSED,
    /** Merged into another ticket: this clock is over for good. */
    MERGED
}
