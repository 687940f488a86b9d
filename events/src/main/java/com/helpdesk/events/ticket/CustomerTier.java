package com.helpdesk.events.ticket;

/** Feeds SLA policy selection and routing. */
public enum CustomerTier {
    STANDARD, VIP
}
