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
            return flag(ticket, "sla_warning");
        } else if (event.data() instanceof SlaBreached) {
            return flag(ticket, "sla_breached");
        }
        return Uni.createFrom().voidItem();
    }

    /** An upsert: the facts may come before the ticket's own events have made its view row. */
    private Uni<Void> dueTimes(UUID ticket, Instant firstResponse, Instant resolution) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into ticket_sla (ticket_id, first_response_due, resolution_due)
                values (:id, :firstResponse, :resolution)
                on conflict (ticket_id) do update
                set first_response_due = excluded.first_response_due, resolution_due = excluded.resolution_due""")
                .setParameter("id", ticket)
                .setParameter("firstResponse", utc(firstResponse))
                .setParameter("resolution", utc(resolution))
                .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Void> flag(UUID ticket, String column) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "insert into ticket_sla (ticket_id, %1$s) values (:id, true) on conflict (ticket_id) do update set %1$s = true"
                        .formatted(column))
                .setParameter("id", ticket)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
