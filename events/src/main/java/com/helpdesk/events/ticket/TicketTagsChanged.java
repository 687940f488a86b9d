package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.List;

/** Tags were added and/or removed; the delta, so concurrent tag edits compose. */
@EventType("helpdesk.ticket.tags-changed.v1")
public record TicketTagsChanged(List<String> added, List<String> removed) implements TicketEvent {

    public TicketTagsChanged {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
