package com.helpdesk.routing.domain;

import java.util.List;
import java.util.Set;

import com.helpdesk.events.ticket.SupportLine;

/** Test agents: online, English, billing skill 3, capacity 10, nothing open, never assigned. */
final class Agents {

    private Agents() {
    }

    static Agent agent(String id) {
        return new Agent(id, id, Set.of("en"), List.of(Skill.of("billing.*", 3)), SupportLine.L1, Set.of("billing"),
                10, Presence.ONLINE, 0, null);
    }

    static Agent with(Agent a, Presence presence) {
        return new Agent(a.id(), a.displayName(), a.languages(), a.skills(), a.line(), a.teams(), a.capacity(),
                presence, a.openTickets(), a.idleSince());
    }

    static Agent withLoad(Agent a, int openTickets, int capacity) {
        return new Agent(a.id(), a.displayName(), a.languages(), a.skills(), a.line(), a.teams(), capacity,
                a.presence(), openTickets, a.idleSince());
    }

    static Agent withSkills(Agent a, Skill... skills) {
        return new Agent(a.id(), a.displayName(), a.languages(), List.of(skills), a.line(), a.teams(), a.capacity(),
                a.presence(), a.openTickets(), a.idleSince());
    }

    static Agent withLanguages(Agent a, String... languages) {
        return new Agent(a.id(), a.displayName(), Set.of(languages), a.skills(), a.line(), a.teams(), a.capacity(),
                a.presence(), a.openTickets(), a.idleSince());
    }

    static Agent atLine(Agent a, SupportLine line) {
        return new Agent(a.id(), a.displayName(), a.languages(), a.skills(), line, a.teams(), a.capacity(),
                a.presence(), a.openTickets(), a.idleSince());
    }
}
