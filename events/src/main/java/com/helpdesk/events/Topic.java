package com.helpdesk.events;

import com.helpdesk.events.knowledge.KnowledgeEvent;
import com.helpdesk.events.notification.NotificationEvent;
import com.helpdesk.events.routing.RoutingEvent;
import com.helpdesk.events.sla.SlaEvent;
import com.helpdesk.events.ticket.TicketEvent;

import java.util.Objects;

/**
 * The Kafka topics and the event family each one carries. Records are keyed by ticket id on every topic
 * (article id for article lifecycle events), so one ticket's events stay in order.
 */
public enum Topic {
    TICKET("helpdesk.ticket.events", TicketEvent.class),
    ROUTING("helpdesk.routing.events", RoutingEvent.class),
    SLA("helpdesk.sla.events", SlaEvent.class),
    NOTIFICATION("helpdesk.notification.events", NotificationEvent.class),
    KNOWLEDGE("helpdesk.knowledge.events", KnowledgeEvent.class);

    private final String topicName;
    private final Class<? extends HelpdeskEvent> family;

    Topic(String topicName, Class<? extends HelpdeskEvent> family) {
        this.topicName = topicName;
        this.family = family;
    }

    public String topicName() {
        return topicName;
    }

    public Class<? extends HelpdeskEvent> family() {
        return family;
    }

    /** The topic an event is published to, decided by the family it belongs to. */
    public static Topic of(HelpdeskEvent event) {
        Objects.requireNonNull(event, "event");
        for (Topic topic : values()) {
            if (topic.family.isInstance(event)) {
                return topic;
            }
        }
        throw new IllegalArgumentException(event.getClass().getName() + " belongs to no topic's event family");
    }

    /**
     * Where the given consumer group parks records of this topic it cannot process. One per group and
     * topic, so replaying a dead letter reaches only the consumer that failed on it.
     */
    public String deadLetterTopic(String consumerGroup) {
        Objects.requireNonNull(consumerGroup, "consumerGroup");
        if (consumerGroup.isBlank()) {
            throw new IllegalArgumentException("consumerGroup must not be blank");
        }
        return topicName + "." + consumerGroup + ".dlq";
    }
}
