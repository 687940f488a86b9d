package com.helpdesk.events.routing;

import com.helpdesk.events.EventType;

/** A queued ticket moved up its queue, e.g. because its SLA is about to breach. */
@EventType("helpdesk.routing.queue-priority-raised.v1")
public record QueuePriorityRaised(String team, String reason) implements RoutingEvent {
}
