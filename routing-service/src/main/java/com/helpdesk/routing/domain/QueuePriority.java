package com.helpdesk.routing.domain;

import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.Priority;

/**
 * How a waiting ticket moves up its queue when its SLA is in danger: a warning raises it one step, a
 * breach straight to the top. It never moves down this way; other SLA events leave it alone.
 */
public final class QueuePriority {

    private QueuePriority() {
    }

    public static Priority after(Priority current, SlaEvent event) {
        if (event instanceof SlaBreached) {
            return Priority.P1;
        }
        if (event instanceof SlaWarning && current != Priority.P1) {
            return Priority.values()[current.ordinal() - 1];
        }
        return current;
    }
}
