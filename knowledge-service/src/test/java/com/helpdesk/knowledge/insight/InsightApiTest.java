package com.helpdesk.knowledge.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;
import com.helpdesk.knowledge.service.Articles;
import com.helpdesk.knowledge.service.NewArticle;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** Views, "was this helpful", searches without results and deflection, as editors' reports see them. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class InsightApiTest {

    @Inject
    Articles articles;

    @Inject
    ArticleStats stats;

    @Inject
    SearchGaps gaps;

    @Inject
    Deflection deflection;

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void readersViewsAndAnswersAreCounted() {
        UUID id = written(true).id();
        given().get("/api/v1/kb/articles/" + id).then().statusCode(200);
        given().get("/api/v1/kb/articles/" + id).then().statusCode(200);
        feedback(id, false, "The menu looks different now").then().statusCode(204);
        feedback(id, true, null).then().statusCode(204);
        feedback(id, false, null).then().statusCode(204);

        ArticleUsage usage = ReactiveDatabase.inSession(() -> stats.mostViewed(200)).stream()
                .filter(line -> line.id().equals(id)).findFirst().orElseThrow();
        assertThat(usage.views()).isEqualTo(2);
        assertThat(usage.helpful()).isEqualTo(1);
        assertThat(usage.notHelpful()).isEqualTo(2);
        assertThat(ReactiveDatabase.inSession(() -> stats.leastHelpful(200))).extracting(ArticleUsage::id).contains(id);
    }

    @Test
    void feedbackIsOnlyForArticlesTheReaderMaySee() {
        feedback(written(false).id(), true, null).then().statusCode(404).contentType("application/problem+json");
        feedback(UUID.randomUUID(), true, null).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"helpful\": \"maybe\"}").post("/api/v1/kb/feedback").then().statusCode(400);
    }

    @Test
    void searchesWithoutResultsAreContentGaps() {
        given().queryParam("q", "Xylophone teleportation").get("/api/v1/kb/search").then().statusCode(200);
        given().queryParam("q", "xylophone  teleportation!").get("/api/v1/kb/search").then().statusCode(200);

        assertThat(ReactiveDatabase.inSession(() -> gaps.mostSearched(500)))
                .anySatisfy(gap -> {
                    assertThat(gap.query()).isEqualTo("xylophone teleportation");
                    assertThat(gap.locale()).isEqualTo("any");
                    assertThat(gap.searches()).isEqualTo(2);
                });
    }

    @Test
    @TestSecurity(user = "supervisor-1", roles = "supervisor")
    void editorsReadTheReports() {
        given().queryParam("q", "quixotic hovercraft").queryParam("locale", "en").get("/api/v1/kb/search").then().statusCode(200);
        given().get("/api/v1/kb/reports/search-gaps").then().statusCode(200).body("query", hasItem("quixotic hovercraft"));
        given().get("/api/v1/kb/reports/most-viewed").then().statusCode(200);
        given().get("/api/v1/kb/reports/deflection").then().statusCode(200).body("window", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/kb/reports/least-helpful?limit=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "customer-1", roles = "customer")
    void customersDoNotReadTheReports() {
        given().get("/api/v1/kb/reports/search-gaps").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "customer-7", roles = "customer")
    void aCustomerWhoFilesATicketAfterSuggestionsWasNotDeflected() {
        given().contentType(ContentType.JSON).body("{\"subject\": \"Forgot my password\", \"locale\": \"en\"}")
                .post("/api/v1/kb/suggest").then().statusCode(200);
        assertThat(filedAfterSuggestions("customer-7")).containsExactly(false);

        var created = new TicketCreated("HD-2026-700007", new Requester("customer-7", "c7@example.com", null, "en"),
                "Forgot my password", "The reset link does not arrive", Channel.WEB, null, Priority.P3, "en", List.of(),
                Map.of(), null, CustomerTier.STANDARD, null, SupportLine.L1, "customer-7");
        try (var publisher = new TopicPublisher(kafka.bootstrapServers())) {
            publisher.publish(EventEnvelope.first(URI.create("/helpdesk/ticket-service"), UUID.randomUUID().toString(), 1,
                    "customer-7", UUID.randomUUID(), created));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> filedAfterSuggestions("customer-7").equals(List.of(true)));
        DeflectionReport report = ReactiveDatabase.inSession(() -> deflection.report(Instant.now().plusSeconds(1)));
        assertThat(report.shown()).isGreaterThanOrEqualTo(1);
        assertThat(report.filed()).isGreaterThanOrEqualTo(1);
        given().get("/api/v1/kb/reports/deflection").then().statusCode(403);
    }

    private static List<Boolean> filedAfterSuggestions(String requester) {
        return ReactiveDatabase.inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "select ticket_filed_at is not null from kb_suggestion_shown where requester_id = :requester", Boolean.class)
                .setParameter("requester", requester).getResultList()));
    }

    private static io.restassured.response.Response feedback(UUID article, boolean helpful, String comment) {
        return given().contentType(ContentType.JSON)
                .body(comment == null ? "{\"articleId\": \"%s\", \"helpful\": %s}".formatted(article, helpful)
                        : "{\"articleId\": \"%s\", \"helpful\": %s, \"comment\": \"%s\"}".formatted(article, helpful, comment))
                .post("/api/v1/kb/feedback");
    }

    private Article written(boolean published) {
        var content = new ArticleContent("Changing the ringtone", "Open *Settings*.", "it.telephony", List.of(),
                Visibility.PUBLIC, false, null);
        return ReactiveDatabase.inSession(() -> articles.create(new NewArticle(Language.EN, content, null), "editor-0")
                .chain(article -> published ? articles.publish(article.id(), null, "editor-0") : Uni.createFrom().item(article)));
    }
}
