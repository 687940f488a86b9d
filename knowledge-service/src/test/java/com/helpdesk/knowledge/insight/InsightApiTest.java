package com.helpdesk.knowledge.insight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.ArticleContent;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;
import com.helpdesk.knowledge.service.Articles;
import com.helpdesk.knowledge.service.NewArticle;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** Views, "was this helpful" and searches without results, as editors' reports see them. */
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
        given().get("/api/v1/kb/reports/least-helpful?limit=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "customer-1", roles = "customer")
    void customersDoNotReadTheReports() {
        given().get("/api/v1/kb/reports/search-gaps").then().statusCode(403);
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
