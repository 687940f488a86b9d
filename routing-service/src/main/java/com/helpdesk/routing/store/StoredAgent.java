package com.helpdesk.routing.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

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
    /** {@code CHANNEL=n}: most open tickets of that channel at once; channels not named are bounded by capacity. */
    public String[] channelCapacity = {};
    /** {@code CHANNEL=n}: open tickets of that channel. */
    public String[] openByChannel = {};

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
        openByChannel = pairs(agent.channels().open());
    }

    /** Reads {@code CHANNEL=n} pairs. */
    public static Map<Channel, Integer> byChannel(String[] pairs) {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            counts.put(Channel.valueOf(pair.substring(0, equals)), Integer.parseInt(pair.substring(equals + 1)));
        }
        return counts;
    }

    /** Writes {@code CHANNEL=n} pairs, in channel order; a new array, so Hibernate sees the change. */
    public static String[] pairs(Map<Channel, Integer> byChannel) {
        if (byChannel.isEmpty()) {
            return new String[0];
        }
        return new EnumMap<>(byChannel).entrySet().stream()
                .map(entry -> entry.getKey().name() + "=" + entry.getValue()).toArray(String[]::new);
    }
}
