package com.helpdesk.ticket.report.model;

import java.util.Optional;

import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketCategoryChanged;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketEscalated;
import com.helpdesk.events.ticket.TicketMerged;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketPriorityChanged;
import com.helpdesk.events.ticket.TicketRated;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.TicketResumed;
import com.helpdesk.events.ticket.TicketStarted;
import com.helpdesk.events.ticket.TicketTransferred;
import com.helpdesk.events.ticket.TicketUnassigned;
import com.helpdesk.events.ticket.Visibility;

/**
 * The events the reports are computed from. Others (tags, internal notes, requester comments,
 * acknowledgements, rejected routing decisions, SLA deadlines, warnings, pauses) change nothing a report
 * measures — the ticket's state changes they cause arrive as events of their own — so they are not kept.
 */
public enum FactKind {
    CREATED, ASSIGNED, UNASSIGNED, STARTED, PENDING_CUSTOMER, RESUMED, RESOLVED, CLOSED, REOPENED, ESCALATED,
    TRANSFERRED, MERGED, RECLASSIFIED, RATED,
    /** A public comment by an agent: what the customer counts as an answer, so a "contact". */
    AGENT_REPLY,
    SLA_MET, SLA_BREACHED;

    public static Optional<FactKind> of(HelpdeskEvent event) {
        FactKind kind = null;
        if (event instanceof TicketCreated) {
            kind = CREATED;
        } else if (event instanceof TicketAssigned) {
            kind = ASSIGNED;
        } else if (event instanceof TicketUnassigned) {
            kind = UNASSIGNED;
        } else if (event instanceof TicketStarted) {
            kind = STARTED;
        } else if (event instanceof TicketPendingCustomer) {
            kind = PENDING_CUSTOMER;
        } else if (event instanceof TicketResumed) {
            kind = RESUMED;
        } else if (event instanceof TicketResolved) {
            kind = RESOLVED;
        } else if (event instanceof TicketClosed) {
            kind = CLOSED;
        } else if (event instanceof TicketReopened) {
            kind = REOPENED;
        } else if (event instanceof TicketEscalated) {
            kind = ESCALATED;
        } else if (event instanceof TicketTransferred) {
            kind = TRANSFERRED;
        } else if (event instanceof TicketMerged) {
            kind = MERGED;
        } else if (event instanceof TicketPriorityChanged || event instanceof TicketCategoryChanged) {
            kind = RECLASSIFIED;
        } else if (event instanceof TicketRated) {
            kind = RATED;
        } else if (event instanceof TicketCommented comment && comment.authorRole() == AuthorRole.AGENT
                && comment.visibility() == Visibility.PUBLIC) {
            kind = AGENT_REPLY;
        } else if (event instanceof SlaMet) {
            kind = SLA_MET;
        } else if (event instanceof SlaBreached) {
            kind = SLA_BREACHED;
        }
        return Optional.ofNullable(kind);
    }

    public boolean isSla() {
        return this == SLA_MET || this == SLA_BREACHED;
    }
}
