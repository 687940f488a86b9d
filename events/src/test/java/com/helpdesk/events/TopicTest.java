package com.helpdesk.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicTest {

    @Test
    void everyTypeIsNamedAfterTheTopicItTravelsOn() {
        EventCodec codec = new EventCodec();
        for (HelpdeskEvent sample : SampleEvents.all()) {
            String family = Topic.of(sample).topicName().replaceFirst("\\.events$", ".");
            assertThat(codec.typeOf(sample)).startsWith(family);
        }
    }

    @Test
    void eachConsumerGroupHasItsOwnDeadLetterTopic() {
        assertThat(Topic.TICKET.deadLetterTopic("sla-service")).isEqualTo("helpdesk.ticket.events.sla-service.dlq");
        assertThat(Topic.SLA.deadLetterTopic("notification-service")).isEqualTo("helpdesk.sla.events.notification-service.dlq");
    }

    @Test
    void rejectsEventsOutsideEveryFamily() {
        HelpdeskEvent stray = new HelpdeskEvent() {
        };

        assertThatThrownBy(() -> Topic.of(stray)).isInstanceOf(IllegalArgumentException.class);
    }
}
