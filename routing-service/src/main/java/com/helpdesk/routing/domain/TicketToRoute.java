package com.helpdesk.routing.domain;

import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.SupportLine;

/**
 * What the decision needs to know of a ticket.
 *
 * @param category the catalog category; absent for an unclassified ticket, which any agent of the line may take
 * @param language absent when unknown, which any agent may take
 * @param team     absent when no team covers the ticket, which any team of the line may take
 * @param reach    how far the decision looks for skills; wider the longer the ticket has waited
 * @param channel  where the ticket came in, for agents' limits per channel; absent when unknown
 */
public record TicketToRoute(UUID id, String category, String language, SupportLine line, String team,
        SkillReach reach, Channel channel) {

    public TicketToRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reach, "reach");
    }

    /** A ticket routed for the first time, of no particular channel. */
    public TicketToRoute(UUID id, String category, String language, SupportLine line, String team) {
        this(id, category, language, line, team, SkillReach.EXACT, null);
    }
}
