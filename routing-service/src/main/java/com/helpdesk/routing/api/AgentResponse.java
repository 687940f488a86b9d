package com.helpdesk.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.StoredAgent;

public record AgentResponse(String id, String displayName, Set<String> languages, List<SkillLevel> skills,
        SupportLine line, Set<String> teams, int capacity, Presence presence, int openTickets, Instant idleSince) {

    public record SkillLevel(String categories, int proficiency) {
    }

    static AgentResponse of(StoredAgent agent) {
        List<SkillLevel> skills = new TreeMap<>(agent.skills).entrySet().stream()
                .map(skill -> new SkillLevel(skill.getKey(), skill.getValue())).toList();
        return new AgentResponse(agent.id, agent.displayName, new TreeSet<>(List.of(agent.languages)), skills,
                agent.line, new TreeSet<>(List.of(agent.teams)), agent.capacity, agent.presence, agent.openTickets,
                agent.idleSince);
    }
}
