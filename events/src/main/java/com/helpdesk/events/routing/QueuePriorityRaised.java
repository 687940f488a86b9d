package com.helpdesk.events.routing;

import com.helpdesk.events.EventType;
import com.helpdesk.events.ticket.Priority;

/**
 * A queued ticket moved up its queue, e.g. because its SLA is about to breach.
 *
 * @param from the queue priority before; absent in events published before it was added
 * @param to   the queue priority now; absent in events published before it was added
 */
@EventType("helpdesk.routing.queue-priority-raised.v1")
public record QueuePriorityRaised(String team, String reason, Priority from, Priority to) implements RoutingEvent {
}
