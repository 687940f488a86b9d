package com.helpdesk.ticket.domain;

import static com.helpdesk.ticket.domain.TicketStatus.ACTIVE;
import static com.helpdesk.ticket.domain.TicketStatus.AWAITING_ASSIGNMENT;
import static com.helpdesk.ticket.domain.TicketStatus.CLOSED;
import static com.helpdesk.ticket.domain.TicketStatus.IN_PROGRESS;
import static com.helpdesk.ticket.domain.TicketStatus.OPEN;
import static com.helpdesk.ticket.domain.TicketStatus.PENDING_CUSTOMER;
import static com.helpdesk.ticket.domain.TicketStatus.REOPENED;
import static com.helpdesk.ticket.domain.TicketStatus.RESOLVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Priority;
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
import com.helpdesk.events.ticket.Visibility;

/** What someone asks of a ticket. Each command knows its own rule: {@link #decide} returns events or refuses. */
public sealed interface TicketCommand {

    List<TicketEvent> decide(Ticket ticket);

    /** Opening a ticket: it starts unassigned, at support line L1. */
    record Open(NewTicket ticket, String number) implements TicketCommand {
        public List<TicketEvent> decide(Ticket current) {
            if (current.exists()) {
                throw new TicketRuleViolation("ticket-exists", "Ticket " + current.number() + " already exists");
            }
            return List.of(new TicketCreated(number, ticket.requester(), ticket.subject(), ticket.description(),
                    ticket.channel(), ticket.category(), ticket.priority(), ticket.language(), ticket.tags(),
                    ticket.customFields(), ticket.externalReference(), ticket.tier(), null, SupportLine.L1,
                    ticket.filedBy()));
        }
    }

    /**
     * A comment. The requester's public reply also moves the ticket: out of pending-customer, or back from
     * resolved (the customer says it is not solved). A closed ticket takes no comments: reopen it first.
     */
    record Comment(String authorId, AuthorRole authorRole, Visibility visibility, String body,
            List<String> attachmentRefs) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            if (ticket.status() == CLOSED) {
                throw new TicketRuleViolation("ticket-closed", "Ticket " + ticket.number() + " is closed; reopen it to comment");
            }
            List<TicketEvent> events = new ArrayList<>();
            events.add(new TicketCommented(UUID.randomUUID(), authorId, authorRole, visibility, body, attachmentRefs));
            if (authorRole == AuthorRole.REQUESTER && ticket.status() == PENDING_CUSTOMER) {
                events.add(new TicketResumed("requester replied"));
            } else if (authorRole == AuthorRole.REQUESTER && ticket.status() == RESOLVED) {
                events.add(new TicketReopened("requester replied after resolution"));
            }
            return events;
        }
    }

    record ChangePriority(Priority to, String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("change the priority of", ACTIVE);
            return ticket.priority() == to ? List.of() : List.of(new TicketPriorityChanged(ticket.priority(), to, reason));
        }
    }

    record ChangeCategory(String to, String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("recategorise", ACTIVE);
            return to.equals(ticket.category()) ? List.of() : List.of(new TicketCategoryChanged(ticket.category(), to, reason));
        }
    }

    record ChangeTags(Set<String> add, Set<String> remove) implements TicketCommand {
        /** Above this a tag list stops classifying anything. */
        public static final int MAX_TAGS = 20;

        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("retag", ACTIVE);
            Set<String> added = new TreeSet<>(add);
            added.removeAll(ticket.tags());
            Set<String> removed = new TreeSet<>(remove);
            removed.retainAll(ticket.tags());
            if (ticket.tags().size() + added.size() - removed.size() > MAX_TAGS) {
                throw new TicketRuleViolation("too-many-tags", "A ticket has at most " + MAX_TAGS + " tags");
            }
            return added.isEmpty() && removed.isEmpty() ? List.of()
                    : List.of(new TicketTagsChanged(List.copyOf(added), List.copyOf(removed)));
        }
    }

    /** An agent starts working: only the assignee, and only once the ticket is assigned. */
    record Start(String agentId) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("start", EnumSet.of(OPEN, REOPENED));
            if (!agentId.equals(ticket.assigneeId())) {
                throw new TicketRuleViolation("not-the-assignee", "Only the assignee starts work on a ticket");
            }
            return List.of(new TicketStarted(agentId));
        }
    }

    record PendCustomer(String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("wait for the customer on", EnumSet.of(OPEN, IN_PROGRESS, REOPENED));
            return List.of(new TicketPendingCustomer(reason));
        }
    }

    record Resume(String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("resume", EnumSet.of(PENDING_CUSTOMER));
            return List.of(new TicketResumed(reason));
        }
    }

    record Resolve(String resolutionCode, String summary, UUID knowledgeArticleId) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("resolve", ACTIVE);
            return List.of(new TicketResolved(resolutionCode, summary, knowledgeArticleId));
        }
    }

    record Close(String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("close", EnumSet.of(RESOLVED));
            return List.of(new TicketClosed(reason));
        }
    }

    record Reopen(String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("reopen", EnumSet.of(RESOLVED, CLOSED));
            return List.of(new TicketReopened(reason));
        }
    }

    /** A supervisor or agent assigns by hand; the assignee keeps the ticket's team and line. */
    record Assign(String agentId) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("assign", ACTIVE);
            if (agentId.equals(ticket.assigneeId())) {
                return List.of();
            }
            return List.of(new TicketAssigned(agentId, ticket.team(), ticket.line(), AssignmentSource.MANUAL, null));
        }
    }

    record Unassign(String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("unassign", ACTIVE);
            if (ticket.assigneeId() == null) {
                throw new TicketRuleViolation("not-assigned", "Ticket " + ticket.number() + " has no assignee");
            }
            return List.of(new TicketUnassigned(ticket.assigneeId(), reason));
        }
    }

    /** Up the support lines, one or more steps, never down; the ticket waits for an agent of the new line. */
    record Escalate(SupportLine to, String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("escalate", ACTIVE);
            if (to.compareTo(ticket.line()) <= 0) {
                throw new TicketRuleViolation("escalation-not-upward",
                        "Ticket " + ticket.number() + " is at " + ticket.line() + "; escalation goes to a higher line");
            }
            return List.of(new TicketEscalated(ticket.line(), to, reason));
        }
    }

    record Transfer(String team, String reason) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("transfer", ACTIVE);
            if (team.equals(ticket.team())) {
                throw new TicketRuleViolation("same-team", "Ticket " + ticket.number() + " is already with " + team);
            }
            return List.of(new TicketTransferred(ticket.team(), team, reason));
        }
    }

    /** A duplicate is closed into the ticket that carries on; it takes no further commands. */
    record MergeInto(UUID target, String targetNumber, UUID self) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            if (target.equals(self)) {
                throw new TicketRuleViolation("merge-into-self", "A ticket cannot be merged into itself");
            }
            ticket.require("merge", ACTIVE);
            return List.of(new TicketMerged(target, targetNumber));
        }
    }

    /** Customer satisfaction: by the requester, once, after resolution. */
    record Rate(Rater rater, int score, String comment) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            ticket.require("rate", EnumSet.of(RESOLVED, CLOSED));
            if (!rater.isRequesterOf(ticket.requester())) {
                throw new TicketRuleViolation("not-the-requester", "Only the requester rates a ticket");
            }
            if (ticket.rated()) {
                throw new TicketRuleViolation("already-rated", "Ticket " + ticket.number() + " was already rated");
            }
            return List.of(new TicketRated(score, comment));
        }
    }

    /**
     * Routing's choice, made on an earlier version of the ticket. It becomes an assignment only if the ticket
     * still waits for one at that line and team; otherwise it is rejected — an event too, so routing can retry.
     */
    record ApplyRoutingDecision(UUID decisionId, String agentId, String team, SupportLine line) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            String refusal = !AWAITING_ASSIGNMENT.contains(ticket.status()) ? "ticket is " + ticket.status()
                    : line != ticket.line() ? "ticket is now at " + ticket.line()
                    : team != null && ticket.team() != null && !team.equals(ticket.team()) ? "ticket is now with " + ticket.team()
                    : null;
            if (refusal != null) {
                return List.of(new TicketAssignmentRejected(decisionId, agentId, refusal));
            }
            return List.of(new TicketAssigned(agentId, team, line, AssignmentSource.ROUTING, decisionId));
        }
    }

    /** notification-service told the requester: part of the ticket's history. */
    record RecordAcknowledgement(UUID notificationId, Instant sentAt, Instant firstResponseDue) implements TicketCommand {
        public List<TicketEvent> decide(Ticket ticket) {
            return List.of(new TicketAcknowledged(notificationId, sentAt, firstResponseDue));
        }
    }
}
