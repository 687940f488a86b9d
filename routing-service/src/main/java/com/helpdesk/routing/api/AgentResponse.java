package com.helpdesk.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.store.StoredAgent;

/**
 * @param channelCapacity limits per channel (lower-case channel names), within capacity
 * @param openByChannel   open tickets per channel; tickets of no known channel count toward none
 */
public record AgentResponse(String id, String displayName, Set<String> languages, List<SkillLevel> skills,
        SupportLine line, Set<String> teams, int capacity, Map<String, Integer> channelCapacity, Presence presence,
        int openTickets, Map<String, Integer> openByChannel, Instant idleSince) {

    public record SkillLevel(String categories, int proficiency) {
    }

    static AgentResponse of(StoredAgent agent) {
        List<SkillLevel> skills = new TreeMap<>(agent.skills).entrySet().stream()
                .map(skill -> new SkillLevel(skill.getKey(), skill.getValue())).toList();
        return new AgentResponse(agent.id, agent.displayName, new TreeSet<>(List.of(agent.languages)), skills,
                agent.line, new TreeSet<>(List.of(agent.teams)), agent.capacity, lowerCase(agent.channelCapacity),
                agent.presence, agent.openTickets, lowerCase(agent.openByChannel), agent.idleSince);
    }

    private static Map<String, Integer> lowerCase(String[] pairs) {
        Map<String, Integer> named = new TreeMap<>();
        StoredAgent.byChannel(pairs).forEach((channel, count) -> named.put(channel.name().toLowerCase(Locale.ROOT), count));
        return named;
    }
}
