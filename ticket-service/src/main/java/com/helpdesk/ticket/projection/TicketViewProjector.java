package com.helpdesk.ticket.projection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.domain.TicketStatus;

import io.smallrye.mutiny.Uni;

/** Keeps {@link TicketView} up to date from helpdesk.ticket.events; each event applies once. */
@ApplicationScoped
public class TicketViewProjector {

    private final Inbox inbox;

    TicketViewProjector(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("ticket-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("ticket-view", message, this::apply);
    }

    /** Only opening exists as a command so far; the lifecycle events join as their commands do. */
    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof TicketCreated created) {
            return created(UUID.fromString(event.subject()), event, created).persist().replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private static TicketView created(UUID id, EventEnvelope<HelpdeskEvent> event, TicketCreated created) {
        TicketView view = new TicketView();
        view.id = id;
        view.number = created.number();
        view.subject = created.subject();
        view.status = TicketStatus.NEW.name();
        view.priority = created.priority().name();
        view.category = created.category();
        view.channel = created.channel().name();
        view.language = created.language();
        view.requesterId = created.requester().userId();
        view.requesterEmail = created.requester().email();
        view.filedBy = created.filedBy();
        view.team = created.team();
        view.line = created.line() == null ? null : created.line().name();
        view.version = event.streamVersion();
        view.createdAt = event.time();
        view.updatedAt = event.time();
        return view;
    }
}
