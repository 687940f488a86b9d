package com.helpdesk.ticket.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAcknowledged;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketAssignmentRejected;
import com.helpdesk.events.ticket.TicketCategoryChanged;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketEvent;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketRated;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.TicketStarted;
import com.helpdesk.events.ticket.TicketTagsChanged;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.TicketUnassigned;

/**
 * A ticket's state, rebuilt from its events by {@link #evolve}, the only way state changes. What a
 * command may do is decided by the command itself ({@link TicketCommand#decide}). No framework code here.
 */
public record Ticket(String number, Requester requester, String subject, String description, Channel channel,
        String category, Priority priority, String language, Set<String> tags, String team, SupportLine line,
        String assigneeId, TicketStatus status, String filedBy, boolean rated, UUID mergedInto, long version) {

    /** The state of a stream with no events yet. */
    public static final Ticket NONE = new Ticket(null, null, null, null, null, null, null, null, Set.of(), null, null,
            null, null, null, false, null, 0);

    public Ticket {
        tags = Set.copyOf(tags);
    }

    public boolean exists() {
        return version > 0;
    }

    public static Ticket replay(List<? extends TicketEvent> history) {
        Ticket ticket = NONE;
        for (TicketEvent event : history) {
            ticket = ticket.evolve(event);
        }
        return ticket;
    }

    /** The events a command leads to, after checking it against this state. */
    public List<TicketEvent> decide(TicketCommand command) {
        if (!exists() && !(command instanceof TicketCommand.Open)) {
            throw new TicketRuleViolation("ticket-not-found", "There is no such ticket");
        }
        if (mergedInto != null) {
            throw new TicketRuleViolation("ticket-merged", "Ticket " + number + " was merged into " + mergedInto);
        }
        return command.decide(this);
    }

    /** Fails unless the ticket is in one of {@code allowed}; the message names what would have happened. */
    void require(String action, Set<TicketStatus> allowed) {
        if (!allowed.contains(status)) {
            throw TicketRuleViolation.transition(action, status, allowed);
        }
    }

    public Ticket evolve(TicketEvent event) {
        Ticket next = apply(event);
        return next.withVersion(version + 1);
    }

    private Ticket apply(TicketEvent event) {
        if (event instanceof TicketCreated e) {
            return new Ticket(e.number(), e.requester(), e.subject(), e.description(), e.channel(), e.category(),
                    e.priority(), e.language(), Set.copyOf(e.tags()), e.team(), e.line(), null, TicketStatus.NEW,
                    e.filedBy(), false, null, version);
        } else if (event instanceof TicketAssigned e) {
            TicketStatus next = TicketStatus.AWAITING_ASSIGNMENT.contains(status) ? TicketStatus.OPEN : status;
            return with(next, e.agentId(), e.team() != null ? e.team() : team, e.line() != null ? e.line() : line);
        } else if (event instanceof TicketUnassigned) {
            return with(status == TicketStatus.PENDING_CUSTOMER ? status : TicketStatus.NEW, null, team, line);
        } else if (event instanceof TicketEscalated e) {
            return with(status == TicketStatus.PENDING_CUSTOMER ? status : TicketStatus.NEW, null, team, e.to());
        } else if (event instanceof TicketTransferred e) {
            return with(status == TicketStatus.PENDING_CUSTOMER ? status : TicketStatus.NEW, null, e.toTeam(), line);
        } else if (event instanceof TicketStarted) {
            return with(TicketStatus.IN_PROGRESS, assigneeId, team, line);
        } else if (event instanceof TicketPendingCustomer) {
            return with(TicketStatus.PENDING_CUSTOMER, assigneeId, team, line);
        } else if (event instanceof TicketResumed) {
            return with(TicketStatus.IN_PROGRESS, assigneeId, team, line);
        } else if (event instanceof TicketResolved) {
            return with(TicketStatus.RESOLVED, assigneeId, team, line);
        } else if (event instanceof TicketClosed) {
            return with(TicketStatus.CLOSED, assigneeId, team, line);
        } else if (event instanceof TicketReopened) {
            return with(TicketStatus.REOPENED, assigneeId, team, line);
        } else if (event instanceof TicketMerged e) {
            return new Ticket(number, requester, subject, description, channel, category, priority, language, tags,
                    team, line, assigneeId, TicketStatus.CLOSED, filedBy, rated, e.intoTicketId(), version);
        } else if (event instanceof TicketPriorityChanged e) {
            return new Ticket(number, requester, subject, description, channel, category, e.to(), language, tags, team,
                    line, assigneeId, status, filedBy, rated, mergedInto, version);
        } else if (event instanceof TicketCategoryChanged e) {
            return new Ticket(number, requester, subject, description, channel, e.to(), priority, language, tags, team,
                    line, assigneeId, status, filedBy, rated, mergedInto, version);
        } else if (event instanceof TicketTagsChanged e) {
            Set<String> changed = new TreeSet<>(tags);
            changed.addAll(e.added());
            changed.removeAll(e.removed());
            return new Ticket(number, requester, subject, description, channel, category, priority, language, changed,
                    team, line, assigneeId, status, filedBy, rated, mergedInto, version);
        } else if (event instanceof TicketRated) {
            return new Ticket(number, requester, subject, description, channel, category, priority, language, tags,
                    team, line, assigneeId, status, filedBy, true, mergedInto, version);
        } else if (event instanceof TicketCommented || event instanceof TicketAssignmentRejected
                || event instanceof TicketAcknowledged) {
            return this; // history only: they change no decision-relevant state
        }
        throw new IllegalArgumentException("Unhandled ticket event " + event.getClass().getSimpleName());
    }

    private Ticket with(TicketStatus nextStatus, String nextAssignee, String nextTeam, SupportLine nextLine) {
        return new Ticket(number, requester, subject, description, channel, category, priority, language, tags,
                nextTeam, nextLine, nextAssignee, nextStatus, filedBy, rated, mergedInto, version);
    }

    private Ticket withVersion(long nextVersion) {
        return new Ticket(number, requester, subject, description, channel, category, priority, language, tags, team,
                line, assigneeId, status, filedBy, rated, mergedInto, nextVersion);
    }
}
