package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

/**
 * The customer answered the satisfaction survey.
 *
 * @param score CSAT, 1 (very dissatisfied) to 5 (very satisfied)
 */
@EventType("helpdesk.ticket.rated.v1")
public record TicketRated(int score, String comment) implements TicketEvent {

    public TicketRated {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be between 1 and 5: " + score);
        }
    }
}
