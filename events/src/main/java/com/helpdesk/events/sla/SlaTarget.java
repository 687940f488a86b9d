package com.helpdesk.events.sla;

/** The deadlines an SLA policy sets; each is warned about, met or breached on its own. */
public enum SlaTarget {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
}
