package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.act;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.Topic;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Kafka away: the desk keeps taking tickets, and every event goes out, in order, when it is back. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class KafkaOutageTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void ticketsAreAcceptedWhileKafkaIsDownAndPublishedInOrderAfterwards() {
        List<String> tickets = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 10; i++) {
                String id = fileFor(ALICE, "Filed during the outage " + i);
                act(ivan(), id, "comments", "{\"body\": \"first look\"}").statusCode(200);
                act(ivan(), id, "comments", "{\"body\": \"second look\"}").statusCode(200);
                tickets.add(id);
            }
        } finally {
            kafka.start();
        }

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.TICKET.topicName())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.events(tickets::contains).size() >= 30);
            for (String ticket : tickets) {
                assertThat(topic.events(ticket::equals).stream().map(EventEnvelope::streamVersion).distinct())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, 3).boxed().toList());
            }
        }
    }
}
