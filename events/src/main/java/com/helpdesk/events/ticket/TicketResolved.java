package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.UUID;

/**
 * The agent considers the request answered; the customer may still reopen it.
 *
 * @param knowledgeArticleId the knowledge base article that solved it, if any (feeds article feedback)
 */
@EventType("helpdesk.ticket.resolved.v1")
public record TicketResolved(String resolutionCode, String summary, UUID knowledgeArticleId) implements TicketEvent {
}
