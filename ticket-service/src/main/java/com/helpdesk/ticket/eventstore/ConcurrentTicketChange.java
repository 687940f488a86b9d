package com.helpdesk.ticket.eventstore;

/** Another command changed the ticket between loading it and appending to it. */
public class ConcurrentTicketChange extends RuntimeException {

    public ConcurrentTicketChange(String ticketId, Throwable cause) {
        super("Ticket " + ticketId + " was changed concurrently", cause);
    }
}
