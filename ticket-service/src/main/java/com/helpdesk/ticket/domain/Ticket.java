package com.helpdesk.ticket.domain;

import java.util.List;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEvent;

/**
 * A ticket's state, rebuilt from its events. Decisions are pure functions from state and command to
 * events; {@link #evolve} is the only way state changes. No framework code lives here.
 */
public record Ticket(String number, Requester requester, String subject, TicketStatus status, Priority priority,
        String category, SupportLine line, String filedBy, long version) {

    /** The state of a stream with no events yet. */
    public static final Ticket NONE = new Ticket(null, null, null, null, null, null, null, null, 0);

    public boolean exists() {
        return version > 0;
    }

    /** Opening a ticket: new tickets start at support line L1 with the NEW status. */
    public static List<TicketEvent> open(Ticket current, NewTicket command, String number) {
        if (current.exists()) {
            throw new TicketRuleViolation("ticket-exists", "Ticket " + current.number() + " already exists");
        }
        return List.of(new TicketCreated(number, command.requester(), command.subject(), command.description(),
                command.channel(), command.category(), command.priority(), command.language(), command.tags(),
                command.customFields(), command.externalReference(), command.tier(), null, SupportLine.L1,
                command.filedBy()));
    }

    public Ticket evolve(TicketEvent event) {
        if (event instanceof TicketCreated created) {
            return new Ticket(created.number(), created.requester(), created.subject(), TicketStatus.NEW,
                    created.priority(), created.category(), created.line(), created.filedBy(), version + 1);
        }
        return new Ticket(number, requester, subject, status, priority, category, line, filedBy, version + 1);
    }

    public static Ticket replay(List<? extends TicketEvent> history) {
        Ticket ticket = NONE;
        for (TicketEvent event : history) {
            ticket = ticket.evolve(event);
        }
        return ticket;
    }
}
