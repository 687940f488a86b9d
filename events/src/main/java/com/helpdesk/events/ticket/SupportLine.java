package com.helpdesk.events.ticket;

/** L1 dispatchers take and classify; L2 and L3 specialists get escalations. */
public enum SupportLine {
    L1, L2, L3
}
