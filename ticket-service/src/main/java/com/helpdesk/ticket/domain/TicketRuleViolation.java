package com.helpdesk.ticket.domain;

import java.util.Set;

/** A command the ticket's current state does not allow; {@code rule} names the rule for the caller. */
public class TicketRuleViolation extends RuntimeException {

    private final String rule;

    public TicketRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    static TicketRuleViolation transition(String action, TicketStatus from, Set<TicketStatus> allowed) {
        return new TicketRuleViolation("invalid-transition",
                "Cannot " + action + " a ticket that is " + from + "; allowed from " + allowed);
    }

    public String rule() {
        return rule;
    }
}
