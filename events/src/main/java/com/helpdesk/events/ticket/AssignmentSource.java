package com.helpdesk.events.ticket;

/** Whether an assignment follows a routing decision or an agent's manual choice. */
public enum AssignmentSource {
    ROUTING, MANUAL
}
