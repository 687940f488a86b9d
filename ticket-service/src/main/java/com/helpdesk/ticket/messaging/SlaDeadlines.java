package com.helpdesk.ticket.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaResumed;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.platform.inbox.Inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Shows agents each ticket's SLA due times and whether it is at risk or breached (sla-service decides). */
@ApplicationScoped
public class SlaDeadlines {

    private final Inbox inbox;

    SlaDeadlines(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("sla-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("sla-deadlines", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        UUID ticket = UUID.fromString(event.subject());
        if (event.data() instanceof SlaDeadlinesSet set) {
            return dueTimes(ticket, set.firstResponseDue(), set.resolutionDue());
        } else if (event.data() instanceof SlaResumed resumed) {
            return dueTimes(ticket, resumed.firstResponseDue(), resumed.resolutionDue());
        } else if (event.data() instanceof SlaWarning) {
            return update("update ticket_view set sla_warning = true where id = :id", ticket);
        } else if (event.data() instanceof SlaBreached) {
            return update("update ticket_view set sla_breached = true where id = :id", ticket);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> dueTimes(UUID ticket, Instant firstResponse, Instant resolution) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update ticket_view set first_response_due = :firstResponse, resolution_due = :resolution
                where id = :id""")
                .setParameter("firstResponse", utc(firstResponse))
                .setParameter("resolution", utc(resolution))
                .setParameter("id", ticket)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Void> update(String sql, UUID ticket) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql).setParameter("id", ticket)
                .executeUpdate()).replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
