package com.helpdesk.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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

/** Search and suggestions over the bundled FAQ in the real database. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class SearchApiTest {

    @Inject
    Articles articles;

    @Test
    void findsByStemAndHighlightsTheMatch() {
        given().queryParam("q", "passwords").queryParam("locale", "en").get("/api/v1/kb/search").then().statusCode(200)
                .body("results[0].title", equalTo("How do I reset my password?"))
                .body("results[0].locale", equalTo("en"))
                .body("results[0].snippet", containsString("<mark>"));
        given().queryParam("q", "паролей").get("/api/v1/kb/search").then().statusCode(200)
                .body("results[0].title", equalTo("Как сбросить пароль?"))
                .body("results[0].snippet", containsString("<mark>пароль</mark>"));
    }

    @Test
    void correctsATypo() {
        given().queryParam("q", "invoise").queryParam("locale", "en").get("/api/v1/kb/search").then().statusCode(200)
                .body("results.category", hasItem(startsWith("billing.invoice")));
    }

    @Test
    void filtersByLanguageAndCategoryTree() {
        given().queryParam("q", "invoice payment").queryParam("category", "billing").queryParam("locale", "en")
                .get("/api/v1/kb/search").then().statusCode(200)
                .body("results", not(empty()))
                .body("results.category", everyItem(startsWith("billing.")))
                .body("results.locale", everyItem(equalTo("en")));
        given().queryParam("q", "invoice").queryParam("category", "delivery").get("/api/v1/kb/search").then()
                .statusCode(200).body("results", empty());
    }

    @Test
    void anonymousReadersNeverFindInternalArticles() {
        ReactiveDatabase.inSession(() -> articles.create(new NewArticle(Language.EN, new ArticleContent(
                "Quarantine procedure for zanzibarite malware", "Isolate the machine first.", "it.security", List.of(),
                Visibility.INTERNAL, false, null), null), "editor-0")
                .chain(article -> articles.publish(article.id(), null, "editor-0")));

        given().queryParam("q", "zanzibarite").get("/api/v1/kb/search").then().statusCode(200).body("results", empty());
        given().contentType(ContentType.JSON).body("{\"subject\": \"zanzibarite malware\", \"locale\": \"en\"}")
                .post("/api/v1/kb/suggest").then().statusCode(200).body("title", not(hasItem(containsString("zanzibarite"))));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void staffFindInternalArticles() {
        ReactiveDatabase.inSession(() -> articles.create(new NewArticle(Language.EN, new ArticleContent(
                "Escalating a quokkasaurus outage", "Page the on-call engineer.", "it.operations", List.of(),
                Visibility.INTERNAL, false, null), null), "editor-0")
                .chain(article -> articles.publish(article.id(), null, "editor-0")));

        given().queryParam("q", "quokkasaurus").get("/api/v1/kb/search").then().statusCode(200)
                .body("results.title", hasItem("Escalating a quokkasaurus outage"))
                .body("results[0].visibility", equalTo("INTERNAL"));
    }

    @Test
    void rejectsBadQueries() {
        given().get("/api/v1/kb/search").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("q", "x".repeat(201)).get("/api/v1/kb/search").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(containsString("q")));
        given().queryParam("q", "?! -").get("/api/v1/kb/search").then().statusCode(400)
                .body("type", containsString("query-without-words"));
        given().queryParam("q", "invoice").queryParam("locale", "de").get("/api/v1/kb/search").then().statusCode(400);
        given().queryParam("q", "invoice").queryParam("limit", 500).get("/api/v1/kb/search").then().statusCode(400);
    }

    @Test
    void suggestsArticlesForARequestBeingTyped() {
        given().contentType(ContentType.JSON)
                .body("{\"subject\": \"Я забыл пароль\", \"description\": \"Не могу войти, ссылка для сброса не приходит\"}")
                .post("/api/v1/kb/suggest").then().statusCode(200)
                .body("[0].title", equalTo("Как сбросить пароль?"))
                .body("size()", equalTo(3));
        given().contentType(ContentType.JSON).body("{\"subject\": \"\"}").post("/api/v1/kb/suggest").then().statusCode(400);
    }

    @Test
    void theCategoryTreeIsOpen() {
        given().queryParam("locale", "ru").get("/api/v1/kb/categories").then().statusCode(200)
                .body("path", hasItem("billing"))
                .body("find { it.path == 'billing' }.children.path", hasItem("billing.invoice"));
        given().queryParam("locale", "fr").get("/api/v1/kb/categories").then().statusCode(400);
    }

    @Test
    void theFaqIsOpenAndOrdered() {
        given().queryParam("locale", "ru").get("/api/v1/kb/faq").then().statusCode(200)
                .body("title", hasItem("Как сбросить пароль?"))
                .body("html", everyItem(not(containsString("<script"))));
    }
}
