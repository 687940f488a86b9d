package com.helpdesk.notification.webhook;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.helpdesk.events.EventCodec;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.templates.RenderedMail;
import com.helpdesk.events.notification.NotificationChannel;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Turns a consumed ticket, routing or SLA event into one webhook delivery per matching subscription, in the
 * consumer's transaction. A subscription matches when it lists the event's type and its team / priority filter
 * (if any) matches the ticket as it is now ({@link com.helpdesk.notification.projection.TicketFacts}, which the
 * ticket consumer updates before it calls this).
 */
@ApplicationScoped
public class WebhookEvents {

    /** The families other systems may subscribe to. */
    static final Set<String> FAMILIES = Set.of("helpdesk.ticket.", "helpdesk.routing.", "helpdesk.sla.");
    static final String TEMPLATE = "webhook";

    private static final String MATCHING = """
            select s.* from webhook_subscription s left join ticket_facts t on t.ticket_id = :ticket
            where s.enabled and :type = any(string_to_array(s.event_types, ','))
              and (s.team is null or s.team = t.team) and (s.priority is null or s.priority = t.priority)""";

    private final Deliveries deliveries;
    private final EventCodec codec;
    private final ObjectMapper json;

    WebhookEvents(Deliveries deliveries, EventCodec codec, ObjectMapper json) {
        this.deliveries = deliveries;
        this.codec = codec;
        this.json = json;
    }

    /** Records the deliveries this event calls for, in the caller's transaction. */
    public Uni<Void> on(EventEnvelope<? extends HelpdeskEvent> event) {
        UUID ticket = UUID.fromString(event.subject());
        String type = event.type();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(MATCHING, WebhookSubscription.class)
                        .setParameter("ticket", ticket).setParameter("type", type).getResultList())
                .chain(subscriptions -> {
                    if (subscriptions.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    String body = body(event);
                    return Multi.createFrom().iterable(subscriptions)
                            .onItem().transformToUniAndConcatenate(subscription -> deliveries.record(new NewDelivery(
                                    NewDelivery.Cause.of(event), NotificationChannel.WEBHOOK, subscription.id.toString(),
                                    TEMPLATE, new RenderedMail(type, body, ""), event.id().toString(), null)))
                            .collect().last().replaceWithVoid();
                });
    }

    /** What the receiver gets: the CloudEvents attributes and the event's data, as JSON. */
    private String body(EventEnvelope<? extends HelpdeskEvent> event) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("id", event.id().toString());
            body.put("type", event.type());
            body.put("source", event.source().toString());
            body.put("subject", event.subject());
            body.put("time", event.time().toString());
            body.put("correlationId", event.correlationId().toString());
            body.set("data", json.readTree(codec.encode(event.data())));
            return json.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an event the codec wrote is JSON", e);
        }
    }
}
