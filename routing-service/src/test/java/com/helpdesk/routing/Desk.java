package com.helpdesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;
import com.helpdesk.routing.store.StoredAgent;
import com.helpdesk.routing.store.StoredTeam;


/**
 * Staff and teams for a test, stored directly. Every test names its own team, so tests sharing the
 * application and database never route to each other's agents.
 */
public final class Desk {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "team-" + suffix;

    /** A team covering a catalog subtree of its own, {@code <area>-<suffix>.*}. */
    public Desk(String area) {
        StoredTeam stored = new StoredTeam();
        stored.id = team;
        stored.name = "Team " + team;
        stored.categories = new String[] { all(area) };
        ReactiveDatabase.inTransaction(() -> stored.persist().replaceWithVoid());
    }

    public String team() {
        return team;
    }

    /** A category of this desk's own catalog, e.g. {@code billing-1a2b3c4d.invoice}. */
    public String category(String area, String leaf) {
        return area + "-" + suffix + "." + leaf;
    }

    /** The pattern of a whole area of this desk's catalog, e.g. {@code billing-1a2b3c4d.*}. */
    public String all(String area) {
        return area + "-" + suffix + ".*";
    }

    /** An agent of this desk's team; the id is made unique per desk. */
    public String agent(String name, SupportLine line, int capacity, Presence presence, Set<String> languages,
            Map<String, Integer> skills) {
        StoredAgent agent = new StoredAgent();
        agent.id = name + "-" + team;
        agent.displayName = name;
        agent.languages = languages.toArray(String[]::new);
        agent.skills = skills;
        agent.line = line;
        agent.teams = new String[] { team };
        agent.capacity = capacity;
        agent.presence = presence;
        ReactiveDatabase.inTransaction(() -> agent.persist().replaceWithVoid());
        return agent.id;
    }

    public static StoredAgent agent(String id) {
        return ReactiveDatabase.inSession(() -> StoredAgent.<StoredAgent>findById(id));
    }

    public static int load(String agentId) {
        return agent(agentId).openTickets;
    }

    /** A P3 ticket of this desk at L1, stored as already waiting in its queue since {@code waitingSince}. */
    public UUID waitingTicket(String category, Instant waitingSince) {
        RoutedTicket ticket = waiting(team(), category, waitingSince);
        ReactiveDatabase.inTransaction(() -> ticket.persist().replaceWithVoid());
        return ticket.ticketId;
    }

    /** A P3 ticket at L1 waiting in {@code team}'s queue since {@code waitingSince}, not yet stored. */
    public static RoutedTicket waiting(String team, String category, Instant waitingSince) {
        RoutedTicket ticket = new RoutedTicket();
        ticket.ticketId = UUID.randomUUID();
        ticket.number = "HD-2026-" + ticket.ticketId.toString().substring(0, 6);
        ticket.category = category;
        ticket.language = "en";
        ticket.priority = Priority.P3;
        ticket.queuePriority = Priority.P3;
        ticket.line = SupportLine.L1;
        ticket.team = team;
        ticket.state = RouteState.WAITING;
        ticket.waitingSince = waitingSince;
        ticket.ticketVersion = 1;
        ticket.reach = SkillReach.EXACT;
        return ticket;
    }

    public static RoutedTicket ticket(UUID id) {
        return ReactiveDatabase.inSession(() -> RoutedTicket.<RoutedTicket>findById(id));
    }

    public static List<RoutedTicket> tickets(List<UUID> ids) {
        return ReactiveDatabase.inSession(() -> RoutedTicket.<RoutedTicket>list("ticketId in ?1", ids));
    }

}
