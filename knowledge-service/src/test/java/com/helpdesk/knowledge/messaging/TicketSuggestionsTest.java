package com.helpdesk.knowledge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.Topic;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.knowledge.insight.ArticleStats;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A new ticket on the real broker gets its suggestions published back, once, even if delivered twice. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketSuggestionsTest {

    private static final URI TICKET_SERVICE = URI.create("/helpdesk/ticket-service");

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    ArticleStats stats;

    @Test
    void aNewTicketGetsTheFaqArticlesThatAnswerIt() {
        var created = ticket("Where is my invoice?", "I need to download the invoice for last month as a PDF", "en");

        List<SuggestedArticle> suggested = suggestionsFor(created, true);

        assertThat(suggested).hasSizeBetween(1, 3);
        assertThat(suggested.get(0).title()).isEqualTo("Where to download invoices");
        assertThat(suggested.get(0).locale()).isEqualTo("en");
        assertThat(suggested.get(0).url()).endsWith("/api/v1/kb/articles/" + suggested.get(0).articleId());
    }

    @Test
    void aTicketWithoutADeclaredLanguageGetsArticlesInTheLanguageItIsWrittenIn() {
        var created = ticket("Посылка пришла повреждённой", "Коробка порвана, товар сломан", null);

        List<SuggestedArticle> suggested = suggestionsFor(created, false);

        assertThat(suggested).extracting(SuggestedArticle::title).contains("Посылка пришла повреждённой");
        assertThat(suggested).extracting(SuggestedArticle::locale).containsOnly("ru");
    }

    @Test
    void aTicketNoArticleAnswersGetsAnEmptySuggestion() {
        assertThat(suggestionsFor(ticket("Zyxwv qwrtp", "Plmkn bvcxz", "en"), false)).isEmpty();
    }

    @Test
    void ticketsResolvedWithAnArticleAreCountedForIt() {
        UUID invoices = suggestionsFor(ticket("Invoice download", "Where can I download my invoice?", "en"), false)
                .get(0).articleId();
        var resolved = EventEnvelope.first(TICKET_SERVICE, UUID.randomUUID().toString(), 5, "agent-1", UUID.randomUUID(),
                new TicketResolved("answered", "Sent the link to the invoices article", invoices));
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(resolved);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ReactiveDatabase.inSession(() -> stats.mostViewed(500)).stream()
                .anyMatch(usage -> usage.id().equals(invoices) && usage.solvedTickets() == 1));
    }

    private List<SuggestedArticle> suggestionsFor(EventEnvelope<TicketCreated> created, boolean deliverTwice) {
        try (var publisher = new TopicPublisher(kafka.bootstrapServers());
                var knowledge = new TopicRecorder(kafka.bootstrapServers(), Topic.KNOWLEDGE.topicName())) {
            publisher.publish(created);
            if (deliverTwice) {
                publisher.publish(created);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !knowledge.events(created.subject()::equals).isEmpty());
            await().during(Duration.ofSeconds(deliverTwice ? 2 : 0)).atMost(Duration.ofSeconds(10))
                    .until(() -> knowledge.events(created.subject()::equals).size() == 1);
            var suggestion = knowledge.events(created.subject()::equals).get(0);
            assertThat(suggestion.causationId()).isEqualTo(created.id());
            assertThat(suggestion.correlationId()).isEqualTo(created.correlationId());
            assertThat(suggestion.streamVersion()).isEqualTo(1);
            assertThat(suggestion.actor()).isEqualTo("service:knowledge-service");
            return ((ArticlesSuggested) suggestion.data()).articles();
        }
    }

    private static EventEnvelope<TicketCreated> ticket(String subject, String description, String language) {
        var created = new TicketCreated("HD-2026-" + (100_000 + (int) (Math.random() * 899_999)),
                new Requester("customer-1", "customer@example.com", "Customer", null), subject, description, Channel.WEB,
                null, Priority.P3, language, List.of(), Map.of(), null, CustomerTier.STANDARD, null, SupportLine.L1,
                "customer-1");
        return EventEnvelope.first(TICKET_SERVICE, UUID.randomUUID().toString(), 1, "customer-1", UUID.randomUUID(), created);
    }
}
