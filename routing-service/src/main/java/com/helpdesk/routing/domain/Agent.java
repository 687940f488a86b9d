package com.helpdesk.routing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.SupportLine;

/**
 * An agent as routing sees them at decision time.
 *
 * @param id          the Keycloak user id
 * @param capacity    how many open tickets the agent works at once
 * @param openTickets tickets routed or assigned to the agent and not yet resolved
 * @param idleSince   when the agent last got a ticket or came online; {@code null} if never, which makes
 *                    them the idlest of all
 * @param channels    limits and open tickets per channel, within {@code capacity}
 */
public record Agent(
        String id,
        String displayName,
        Set<String> languages,
        List<Skill> skills,
        SupportLine line,
        Set<String> teams,
        int capacity,
        Presence presence,
        int openTickets,
        Instant idleSince,
        ChannelLoad channels) {

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(presence, "presence");
        languages = Set.copyOf(languages);
        skills = List.copyOf(skills);
        teams = Set.copyOf(teams);
        Objects.requireNonNull(channels, "channels");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
    }

    /** An agent without limits per channel. */
    public Agent(String id, String displayName, Set<String> languages, List<Skill> skills, SupportLine line,
            Set<String> teams, int capacity, Presence presence, int openTickets, Instant idleSince) {
        this(id, displayName, languages, skills, line, teams, capacity, presence, openTickets, idleSince, ChannelLoad.NONE);
    }

    public boolean hasFreeCapacity() {
        return openTickets < capacity;
    }

    /** Free capacity overall and within the channel's own limit, if it has one. */
    public boolean hasRoomFor(Channel channel) {
        return hasFreeCapacity() && channels.hasRoomFor(channel);
    }

    /** Open tickets relative to capacity; an agent without capacity counts as full. */
    public double loadRatio() {
        return capacity == 0 ? 1.0 : (double) openTickets / capacity;
    }

    /** The agent's most specific skill covering the category, if any. */
    public Optional<Skill> skillFor(String category) {
        return skills.stream()
                .filter(skill -> skill.categories().matches(category))
                .max(Comparator.comparingInt((Skill skill) -> skill.categories().specificity())
                        .thenComparingInt(Skill::proficiency));
    }

    /** The agent's best skill in the same area as the category, for a queue that widened to related skills. */
    public Optional<Skill> relatedSkillFor(String category) {
        return skills.stream()
                .filter(skill -> skill.categories().sameArea(category))
                .max(Comparator.comparingInt(Skill::proficiency));
    }

    /** The agent after taking one more ticket, of {@code channel} (null if unknown), at {@code at}. */
    public Agent withTicket(Channel channel, Instant at) {
        return new Agent(id, displayName, languages, skills, line, teams, capacity, presence, openTickets + 1, at,
                channels.withTicket(channel));
    }

    /** The agent after one of their tickets, of {@code channel}, left them (resolved, closed, moved away). */
    public Agent withoutTicket(Channel channel) {
        return new Agent(id, displayName, languages, skills, line, teams, capacity, presence,
                Math.max(0, openTickets - 1), idleSince, channels.withoutTicket(channel));
    }
}
