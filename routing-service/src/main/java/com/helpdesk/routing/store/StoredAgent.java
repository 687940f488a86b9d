package com.helpdesk.routing.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.routing.domain.Agent;
import com.helpdesk.routing.domain.ChannelLoad;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.Skill;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An agent's row: the profile supervisors edit, the presence agents set, the load routing keeps. */
@Entity
@Table(name = "agent")
public class StoredAgent extends PanacheEntityBase {

    @Id
    public String id;
    public String displayName;
    public String[] languages;
    /** Category pattern → proficiency 1–5; a JSON object, as Hibernate Reactive reads jsonb objects only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> skills;
    @Enumerated(EnumType.STRING)
    public SupportLine line;
    public String[] teams;
    public int capacity;
    @Enumerated(EnumType.STRING)
    public Presence presence;
    public int openTickets;
    public Instant idleSince;
    /** Channel name → most open tickets of that channel at once; channels not named are bounded by capacity. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> channelCapacity = Map.of();
    /** Channel name → open tickets of that channel. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> openByChannel = Map.of();

    public Agent toAgent() {
        return new Agent(id, displayName, Set.copyOf(Arrays.asList(languages)),
                skills.entrySet().stream().map(skill -> Skill.of(skill.getKey(), skill.getValue())).toList(), line,
                Set.copyOf(Arrays.asList(teams)), capacity, presence, openTickets, idleSince,
                new ChannelLoad(byChannel(channelCapacity), byChannel(openByChannel)));
    }

    /** Takes over what a decision changed: the load, per channel too, and when the agent last got a ticket. */
    public void takeLoadOf(Agent agent) {
        openTickets = agent.openTickets();
        idleSince = agent.idleSince();
        openByChannel = byName(agent.channels().open());
    }

    public static Map<Channel, Integer> byChannel(Map<String, Integer> byName) {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        byName.forEach((name, count) -> counts.put(Channel.valueOf(name), count));
        return counts;
    }

    /** A new map each time: Hibernate sees a changed JSON column by comparing it with the one it loaded. */
    public static Map<String, Integer> byName(Map<Channel, Integer> byChannel) {
        Map<String, Integer> counts = new TreeMap<>();
        byChannel.forEach((channel, count) -> counts.put(channel.name(), count));
        return counts;
    }
}
