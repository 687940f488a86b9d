package com.helpdesk.ticket.report.feed;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.ticket.report.model.FactKind;
import com.helpdesk.ticket.report.store.ReportFacts;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Business counters for Prometheus, counted from the events as the report feed first stores them — so a
 * redelivery or a replay into kept rows counts nothing twice, and a rebuild from the event store counts
 * nothing at all. Each replica counts the partitions it consumes; sum over instances.
 * Names differ from the producers' own counters (sla-service's {@code helpdesk_sla_fired_total},
 * notification-service's {@code helpdesk_notifications_sent_total}) so a sum over all jobs never doubles.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final MeterRegistry registry;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** After a ticket or SLA event was stored for the first time. */
    void stored(EventEnvelope<?> event, ReportFacts.Recorded recorded) {
        if (recorded.kind() == FactKind.CREATED) {
            registry.counter("helpdesk.tickets.created", "channel", name(recorded.state().channel()),
                    "priority", name(recorded.state().priority())).increment();
        } else if (event.data() instanceof TicketAssigned assigned) {
            registry.counter("helpdesk.ticket.assignments", "team", orNone(recorded.state().team()),
                    "line", name(recorded.state().line()), "source", assigned.source().name()).increment();
        } else if (event.data() instanceof SlaBreached breached) {
            registry.counter("helpdesk.ticket.sla.breaches", "target", breached.target().name()).increment();
        }
    }

    /** A notification receipt, on its first delivery. */
    Uni<Void> notification(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof NotificationSent sent) {
            delivery("sent", sent.channel().name(), sent.template());
        } else if (event.data() instanceof NotificationFailed failed) {
            delivery("failed", failed.channel().name(), failed.template());
        }
        return Uni.createFrom().voidItem();
    }

    private void delivery(String outcome, String channel, String template) {
        registry.counter("helpdesk.ticket.notification.deliveries", "outcome", outcome, "channel", channel,
                "template", orNone(template)).increment();
    }

    private static String name(Enum<?> value) {
        return value == null ? "none" : value.name();
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }
}
