package com.helpdesk.ticket.report.model;

import java.util.Set;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.ticket.domain.Ticket;
import com.helpdesk.ticket.domain.TicketStatus;

/**
 * What the reports group and time by, as it stood right after one ticket event. Derived with the domain's
 * own {@link Ticket#evolve}, so "who had the ticket" or "which line it was at" mean exactly what they mean
 * to the ticket itself.
 */
public record TicketState(TicketStatus status, Channel channel, String category, Priority priority, String team,
        SupportLine line, String agent) {

    public static final TicketState NONE = new TicketState(null, null, null, null, null, null, null);

    /** From the names stored in report_event. */
    public static TicketState of(String status, String channel, String category, String priority, String team,
            String line, String agent) {
        return new TicketState(status == null ? null : TicketStatus.valueOf(status),
                channel == null ? null : Channel.valueOf(channel), category,
                priority == null ? null : Priority.valueOf(priority), team,
                line == null ? null : SupportLine.valueOf(line), agent);
    }

    /** Still the desk's work: not resolved, closed or merged away. */
    public boolean isOpen() {
        return status != null && status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
    }

    public TicketState after(TicketEvent event) {
        Ticket before = new Ticket(null, null, null, null, channel, category, priority, null, Set.of(), team, line,
                agent, status, null, false, null, 1);
        Ticket next = (status == null ? Ticket.NONE : before).evolve(event);
        return new TicketState(next.status(), next.channel(), next.category(), next.priority(), next.team(),
                next.line(), next.assigneeId());
    }
}
