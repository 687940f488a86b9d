package com.helpdesk.routing.domain;

import java.util.EnumMap;
import java.util.Map;

import com.helpdesk.events.ticket.Channel;

/**
 * An agent's limits per channel within their overall capacity (say, at most 2 chats at once of 10 tickets),
 * and their open tickets per channel. A channel without a limit is bounded by the overall capacity alone.
 * Open tickets are counted for every channel, limited or not, so a limit set later applies to what the
 * agent already holds.
 *
 * @param limits most open tickets of a channel at once
 * @param open   open tickets per channel; a ticket of no known channel counts toward none
 */
public record ChannelLoad(Map<Channel, Integer> limits, Map<Channel, Integer> open) {

    public static final ChannelLoad NONE = new ChannelLoad(Map.of(), Map.of());

    public ChannelLoad {
        limits = Map.copyOf(limits);
        open = Map.copyOf(open);
        limits.forEach((channel, limit) -> {
            if (limit < 0) {
                throw new IllegalArgumentException("capacity for " + channel + " must not be negative: " + limit);
            }
        });
    }

    /** Whether one more ticket of this channel fits its limit; a ticket of no known channel always does. */
    public boolean hasRoomFor(Channel channel) {
        return channel == null || !limits.containsKey(channel) || open(channel) < limits.get(channel);
    }

    public int open(Channel channel) {
        return open.getOrDefault(channel, 0);
    }

    public ChannelLoad withTicket(Channel channel) {
        return channel == null ? this : new ChannelLoad(limits, counted(channel, open(channel) + 1));
    }

    public ChannelLoad withoutTicket(Channel channel) {
        return channel == null ? this : new ChannelLoad(limits, counted(channel, Math.max(0, open(channel) - 1)));
    }

    private Map<Channel, Integer> counted(Channel channel, int count) {
        Map<Channel, Integer> counts = open.isEmpty() ? new EnumMap<>(Channel.class) : new EnumMap<>(open);
        if (count == 0) {
            counts.remove(channel);
        } else {
            counts.put(channel, count);
        }
        return counts;
    }
}
