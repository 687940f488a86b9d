package com.helpdesk.ticket.projection;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Read-model changes as they happen, for the agents' live view (SSE). Nothing is buffered for late subscribers. */
@ApplicationScoped
public class TicketChanges {

    private final BroadcastProcessor<TicketView> changes = BroadcastProcessor.create();

    void changed(TicketView view) {
        changes.onNext(view);
    }

    public Multi<TicketView> stream() {
        return changes;
    }
}
