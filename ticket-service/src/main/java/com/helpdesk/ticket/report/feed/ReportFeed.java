package com.helpdesk.ticket.report.feed;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.report.store.ReportFacts;

import io.smallrye.mutiny.Uni;

/**
 * Feeds report_event from the ticket and SLA topics, and the business counters from those and the
 * notification topic. Its own channels and consumer groups ({@code ticket-service.report-*}), apart from the
 * ticket_view and SLA-deadline consumers, so the report model can be replayed on its own.
 */
@ApplicationScoped
public class ReportFeed {

    public static final String TICKET_FACTS = "report-ticket-facts";
    public static final String SLA_FACTS = "report-sla-facts";
    public static final String NOTIFICATION_METRICS = "report-notification-metrics";

    private final Inbox inbox;
    private final ReportFacts facts;
    private final BusinessMetrics metrics;

    ReportFeed(Inbox inbox, ReportFacts facts, BusinessMetrics metrics) {
        this.inbox = inbox;
        this.facts = facts;
        this.metrics = metrics;
    }

    @Incoming("report-ticket-events")
    Uni<Void> onTicketEvent(Message<byte[]> message) {
        return inbox.receive(TICKET_FACTS, message, this::store);
    }

    @Incoming("report-sla-events")
    Uni<Void> onSlaEvent(Message<byte[]> message) {
        return inbox.receive(SLA_FACTS, message, this::store);
    }

    @Incoming("report-notification-events")
    Uni<Void> onNotificationEvent(Message<byte[]> message) {
        return inbox.receive(NOTIFICATION_METRICS, message, metrics::notification);
    }

    private Uni<Void> store(EventEnvelope<HelpdeskEvent> event) {
        return facts.record(event).invoke(recorded -> {
            if (recorded != null) {
                metrics.stored(event, recorded);
            }
        }).replaceWithVoid();
    }
}
