package com.helpdesk.ticket.projection;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.eventstore.TicketEventStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Keeps {@link TicketView} up to date from helpdesk.ticket.events. Rather than re-implementing the
 * ticket's state changes, it replays the stream up to the event's version: the view then is exactly the
 * domain's state at that event, and a rebuild from the store gives the same rows.
 */
@ApplicationScoped
public class TicketViewProjector {

    public static final String CONSUMER = "ticket-view";
    private static final Logger LOG = Logger.getLogger(TicketViewProjector.class);

    private final Inbox inbox;
    private final TicketEventStore store;
    private final TicketViews views;
    private final TicketChanges changes;

    TicketViewProjector(Inbox inbox, TicketEventStore store, TicketViews views, TicketChanges changes) {
        this.inbox = inbox;
        this.store = store;
        this.views = views;
        this.changes = changes;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive(CONSUMER, message, this::apply)
                .call(() -> ticketOf(message).map(this::announce).orElse(Uni.createFrom().voidItem()));
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        UUID id = UUID.fromString(event.subject());
        return store.read(id).chain(history -> {
            var upToEvent = history.stream().filter(stored -> stored.streamVersion() <= event.streamVersion()).toList();
            if (upToEvent.isEmpty()) {
                // not a stream of this store (another desk's ticket on a shared topic): nothing to show, nothing to retry
                LOG.debugf("Ticket %s is not in this event store; event %s skipped", id, event.id());
                return Uni.createFrom().voidItem();
            }
            return views.write(id, upToEvent);
        });
    }

    /** After the commit, so a live viewer never sees a change that was rolled back. */
    private Uni<Void> announce(UUID id) {
        return Panache.withSession(() -> TicketView.<TicketView>findById(id))
                .invoke(view -> {
                    if (view != null) {
                        changes.changed(view);
                    }
                })
                .replaceWithVoid();
    }

    private static Optional<UUID> ticketOf(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> String.valueOf(kafka.getKey()))
                .filter(key -> key.matches("[0-9a-fA-F-]{36}"))
                .map(UUID::fromString);
    }
}
