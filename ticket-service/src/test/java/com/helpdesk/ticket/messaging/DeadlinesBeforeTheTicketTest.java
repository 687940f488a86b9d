package com.helpdesk.ticket.messaging;

import static com.helpdesk.ticket.api.TestCallers.ivan;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.service.Tickets;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * sla-service reacts to TicketCreated as fast as ticket-service's own projector, so its deadlines can
 * arrive before the ticket has a row in the list. They must still show once the row is written (the fault
 * suite found thousands of tickets without deadlines under load before ticket_sla existed).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class DeadlinesBeforeTheTicketTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    Tickets tickets;

    @Test
    void deadlinesThatArriveBeforeTheTicketsRowShowInIt() {
        UUID id = UUID.randomUUID();
        Instant due = Instant.now().plus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (TopicPublisher sla = new TopicPublisher(kafka.bootstrapServers())) {
            sla.publishAs("sla-service", id.toString(), new SlaDeadlinesSet(UUID.randomUUID(), 1, "24x7", due, null,
                    due.plus(2, ChronoUnit.DAYS), "default policy"));
            sla.publishAs("sla-service", id.toString(), new SlaWarning(SlaTarget.FIRST_RESPONSE, due, 80));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> recordedFor(id));

        ReactiveDatabase.inSession(() -> tickets.open(id, new NewTicket(
                new Requester("alice-id", "alice@example.com", "Alice", "en"), "Deadlines first", "details",
                Channel.API, "it.access", Priority.P3, "en", List.of(), Map.of(), null, null, "crm")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ivan().queryParam("q", "Deadlines first")
                .get("/api/v1/tickets").then()
                .body("tickets.find { it.id == '" + id + "' }.firstResponseDue", equalTo(due.toString()))
                .body("tickets.find { it.id == '" + id + "' }.slaWarning", equalTo(true)));
    }

    private static boolean recordedFor(UUID id) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from ticket_sla where ticket_id = :id and sla_warning")
                .setParameter("id", id).getSingleResult()))
                .equals(1L);
    }
}
