package com.helpdesk.routing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.routing.AssignmentDecided;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.domain.Presence;
import com.helpdesk.routing.domain.SkillReach;
import com.helpdesk.routing.store.DecisionLog;
import com.helpdesk.routing.store.RouteState;
import com.helpdesk.routing.store.RoutedTicket;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tickets waiting past the thresholds (10 and 30 minutes by default) reach related skills, then generalists. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class QueueWideningTest {

    @Inject
    QueueWidening widening;

    @Inject
    DecisionLog log;

    @Test
    void longWaitingTicketsWidenToRelatedSkillsThenToGeneralists() {
        Desk desk = new Desk("billing");
        String invoicing = desk.agent("invoicing", SupportLine.L1, 5, Presence.ONLINE, Set.of("en"),
                Map.of(desk.category("billing", "invoice"), 4));
        String generalist = desk.agent("generalist", SupportLine.L1, 5, Presence.ONLINE, Set.of("en"), Map.of("it.*", 5));
        UUID fresh = desk.waitingTicket(desk.category("billing", "refund"), Instant.now().minus(Duration.ofMinutes(1)));
        UUID related = desk.waitingTicket(desk.category("billing", "refund"), Instant.now().minus(Duration.ofMinutes(15)));
        UUID stale = desk.waitingTicket(desk.category("billing", "refund"), Instant.now().minus(Duration.ofMinutes(45)));
        UUID german = desk.waitingTicket(desk.category("billing", "refund"), Instant.now().minus(Duration.ofMinutes(15)));
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(german)
                .invoke(ticket -> ticket.language = "de").replaceWithVoid());
        // nobody else may serve the stale one's area: only the generalist is left after the related one is taken
        ReactiveDatabase.inTransaction(() -> RoutedTicket.<RoutedTicket>findById(stale)
                .invoke(ticket -> ticket.category = "payroll.slip").replaceWithVoid());

        ReactiveDatabase.inSession(() -> widening.widenAsOf(Instant.now()));

        assertThat(Desk.ticket(fresh).state).isEqualTo(RouteState.WAITING);
        assertThat(Desk.ticket(related).agentId).isEqualTo(invoicing);
        assertThat(Desk.ticket(stale).agentId).isEqualTo(generalist);
        assertThat(ReactiveDatabase.inSession(() -> log.forTicket(related))).singleElement()
                .satisfies(entry -> assertThat(entry.decision()).isInstanceOfSatisfying(AssignmentDecided.class,
                        decided -> assertThat(decided.reason()).contains("widened to related")));
        assertThat(List.of(invoicing, generalist)).extracting(Desk::load).containsExactly(1, 1);
        // nobody speaks German: it keeps waiting, and the next pass leaves it until it is due for generalists
        assertThat(Desk.ticket(german).state).isEqualTo(RouteState.WAITING);
        assertThat(Desk.ticket(german).reach).isEqualTo(SkillReach.RELATED);
    }
}
