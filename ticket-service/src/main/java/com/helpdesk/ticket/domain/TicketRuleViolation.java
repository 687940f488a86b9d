package com.helpdesk.ticket.domain;

/** A command the ticket's current state does not allow; {@code rule} names the rule for the caller. */
public class TicketRuleViolation extends RuntimeException {

    private final String rule;

    public TicketRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
