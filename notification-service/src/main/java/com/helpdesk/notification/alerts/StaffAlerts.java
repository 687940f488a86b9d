package com.helpdesk.notification.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.projection.TicketFactsProjection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Mails to staff, as the consumers record them: an assignment for the assigned agent (unless they took the ticket
 * themselves), an SLA warning or breach for the ticket's assignee and the supervisors of its team. Only a
 * {@link StaffAlert} naming the recipients by user id is written, in the consumer's transaction; the directory is
 * asked later, by {@link PendingStaffAlerts}, so no consumer ever waits for Keycloak.
 *
 * <p>Routing's {@code AssignedTicketBreached} reports the same breach as {@code SlaBreached} and is not mailed again.
 */
@ApplicationScoped
public class StaffAlerts {

    private static final String RECORD = """
            insert into staff_alert (cause_event_id, correlation_id, ticket_id, stream_version, kind, team, line,
                                     sla_target, due_at, threshold_percent, assignee, supervisors, ticket_known)
            values (:cause, :correlation, :ticket, :version, :kind, :team, :line, :target, :due, :percent, :assignee,
                    :supervisors, :ticketKnown)
            on conflict (cause_event_id) do nothing""";

    private final TicketFactsProjection tickets;

    StaffAlerts(TicketFactsProjection tickets) {
        this.tickets = tickets;
    }

    /** Records the alert the event calls for, if any, in the caller's transaction. */
    public Uni<Void> on(EventEnvelope<? extends HelpdeskEvent> event) {
        HelpdeskEvent data = event.data();
        if (data instanceof TicketAssigned assigned) {
            if (assigned.agentId().equals(event.actor())) {
                return Uni.createFrom().voidItem(); // they took the ticket themselves: they know
            }
            StaffAlert alert = alert(event, AlertKind.ASSIGNMENT);
            alert.team = assigned.team();
            alert.line = assigned.line() == null ? null : assigned.line().name();
            alert.assignee = assigned.agentId();
            alert.ticketKnown = true;
            return record(alert);
        } else if (data instanceof SlaWarning warning) {
            return slaAlert(event, AlertKind.SLA_WARNING, warning.target(), warning.dueAt(), warning.thresholdPercent());
        } else if (data instanceof SlaBreached breached) {
            return slaAlert(event, AlertKind.SLA_BREACH, breached.target(), breached.dueAt(), null);
        }
        return Uni.createFrom().voidItem();
    }

    /** For the assignee and the supervisors of the ticket's team, as this service knows the ticket now. */
    private Uni<Void> slaAlert(EventEnvelope<? extends HelpdeskEvent> event, AlertKind kind, SlaTarget target,
            Instant due, Integer percent) {
        StaffAlert alert = alert(event, kind);
        alert.slaTarget = target;
        alert.dueAt = due;
        alert.thresholdPercent = percent;
        alert.supervisors = true;
        return tickets.of(alert.ticketId).chain(facts -> {
            alert.learn(facts);
            return record(alert);
        });
    }

    private static StaffAlert alert(EventEnvelope<? extends HelpdeskEvent> event, AlertKind kind) {
        NewDelivery.Cause cause = NewDelivery.Cause.of(event);
        StaffAlert alert = new StaffAlert();
        alert.causeEventId = cause.eventId();
        alert.correlationId = cause.correlationId();
        alert.ticketId = cause.ticketId();
        alert.streamVersion = cause.streamVersion();
        alert.kind = kind;
        return alert;
    }

    private static Uni<Void> record(StaffAlert alert) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("cause", alert.causeEventId)
                .setParameter("correlation", alert.correlationId)
                .setParameter("ticket", alert.ticketId)
                .setParameter("version", alert.streamVersion)
                .setParameter("kind", alert.kind.name())
                .setParameter("team", alert.team)
                .setParameter("line", alert.line)
                .setParameter("target", alert.slaTarget == null ? null : alert.slaTarget.name())
                .setParameter("due", alert.dueAt == null ? null : OffsetDateTime.ofInstant(alert.dueAt, ZoneOffset.UTC))
                .setParameter("percent", alert.thresholdPercent)
                .setParameter("assignee", alert.assignee)
                .setParameter("supervisors", alert.supervisors)
                .setParameter("ticketKnown", alert.ticketKnown)
                .executeUpdate()).replaceWithVoid();
    }
}
