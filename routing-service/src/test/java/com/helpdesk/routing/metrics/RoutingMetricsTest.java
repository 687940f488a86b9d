package com.helpdesk.routing.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Causation;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.MetricSamples;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.service.Routing;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What /q/metrics tells an operator: queue lengths per team and line, and decisions by outcome. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class RoutingMetricsTest {

    @Inject
    Routing routing;

    @Inject
    WaitingTicketsGauge gauge;

    @Test
    void queueLengthsComeFromTheDatabaseAndDecisionsAreCountedByOutcome() {
        Desk desk = new Desk("garden");
        String ivan = desk.agent("ivan", SupportLine.L1, 1, Presence.ONLINE, Set.of("en"), Map.of(desk.all("garden"), 3));
        String queue = "helpdesk_queue_waiting_tickets{line=\"L1\",team=\"" + desk.team() + "\"}";
        String l2 = "helpdesk_queue_waiting_tickets{line=\"L2\",team=\"" + desk.team() + "\"}";
        double assignedBefore = MetricSamples.value(metrics(), "helpdesk_routing_decisions_total{outcome=\"assigned\"}");
        double queuedBefore = MetricSamples.value(metrics(), "helpdesk_routing_decisions_total{outcome=\"queued\"}");

        for (int i = 0; i < 3; i++) {
            route(desk.waitingTicket(desk.category("garden", "hedge"), Instant.now())); // ivan takes the first; two wait
        }
        // rows written straight to the database count too: the gauge does not count what this instance did
        desk.waitingTicket(desk.category("garden", "hedge"), Instant.now());
        ReactiveDatabase.inSession(() -> gauge.refresh());

        String metrics = metrics();
        assertThat(MetricSamples.value(metrics, queue)).isEqualTo(3.0);
        assertThat(MetricSamples.value(metrics, l2)).as("an empty queue of a known team reads 0").isEqualTo(0.0);
        assertThat(MetricSamples.value(metrics, "helpdesk_routing_decisions_total{outcome=\"assigned\"}")).isGreaterThanOrEqualTo(assignedBefore + 1);
        assertThat(MetricSamples.value(metrics, "helpdesk_routing_decisions_total{outcome=\"queued\"}")).isGreaterThanOrEqualTo(queuedBefore + 2);
        assertThat(Desk.load(ivan)).isEqualTo(1);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private void route(UUID ticketId) {
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(ticketId, LockModeType.PESSIMISTIC_WRITE)
                .chain(ticket -> routing.route(ticket, Causation.startedBy("metrics-test"))));
    }
}
