package com.helpdesk.knowledge.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Topic;
import com.helpdesk.events.knowledge.ArticleArchived;
import com.helpdesk.events.knowledge.ArticlePublished;
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
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** Articles over the real database and broker: versions, publication, who may read what. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ArticleApiTest {

    static final String ARTICLE = """
            {"title": "Resetting a voicemail PIN", "body": "Dial **\\\\*99** and follow the prompts.",
             "category": "it.telephony", "tags": ["voicemail", "pin"], "visibility": "PUBLIC",
             "faq": true, "faqOrder": 3, "locale": "en"}""";

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    Articles articles;

    @Test
    @TestSecurity(user = "editor-1", roles = "agent")
    void everyChangeIsAVersionAndPublicationIsAnnounced() {
        String id = create(ARTICLE);
        given().get("/api/v1/kb/articles/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("html", containsString("<strong>*99</strong>"));

        given().post("/api/v1/kb/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(ARTICLE.replace("follow the prompts", "choose 3 to change the PIN")
                        .replace("\"faqOrder\": 3", "\"faqOrder\": 1, \"note\": \"menu changed\""))
                .put("/api/v1/kb/articles/" + id).then().statusCode(200).body("version", equalTo(3));
        given().contentType(ContentType.JSON).header("If-Match", "2").body(ARTICLE)
                .put("/api/v1/kb/articles/" + id).then().statusCode(412).contentType("application/problem+json");

        given().get("/api/v1/kb/articles/" + id + "/versions").then().statusCode(200)
                .body("version", contains(1, 2, 3))
                .body("[0].changes", contains("created"))
                .body("[1].changes", contains("status"))
                .body("[2].changes", contains("body", "faqOrder"))
                .body("[2].note", equalTo("menu changed"))
                .body("[2].editedBy", equalTo("editor-1"));
        given().get("/api/v1/kb/articles/" + id + "/versions/1").then().statusCode(200)
                .body("markdown", containsString("follow the prompts"));

        given().post("/api/v1/kb/articles/" + id + "/versions/1/restore").then().statusCode(200)
                .body("version", equalTo(4)).body("markdown", containsString("follow the prompts"))
                .body("status", equalTo("PUBLISHED"));
        given().post("/api/v1/kb/articles/" + id + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().post("/api/v1/kb/articles/" + id + "/archive").then().statusCode(409).body("type", containsString("already-archived"));

        try (var topic = new TopicRecorder(kafka.bootstrapServers(), Topic.KNOWLEDGE.topicName())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.events(id::equals).size() >= 4);
            var events = topic.events(id::equals);
            assertThat(events).extracting(event -> event.data().getClass().getSimpleName())
                    .containsExactly("ArticlePublished", "ArticlePublished", "ArticlePublished", "ArticleArchived");
            assertThat(events.get(0).data()).isEqualTo(new ArticlePublished(UUID.fromString(id), 2, "en", "Resetting a voicemail PIN"));
            assertThat(events.get(0).streamVersion()).isEqualTo(2);
            assertThat(events.get(3).actor()).isEqualTo("editor-1");
        }
    }

    @Test
    @TestSecurity(user = "editor-2", roles = "supervisor")
    void translationsAreLinked() {
        String english = create(ARTICLE);
        String russian = create(ARTICLE.replace("\"locale\": \"en\"", "\"locale\": \"ru\", \"translationOf\": \"" + english + "\"")
                .replace("Resetting a voicemail PIN", "Сброс PIN-кода голосовой почты"));
        given().get("/api/v1/kb/articles/" + english).then().statusCode(200)
                .body("translations.id", contains(russian)).body("translations.locale", contains("ru"));
        given().contentType(ContentType.JSON)
                .body(ARTICLE.replace("\"locale\": \"en\"", "\"locale\": \"ru\", \"translationOf\": \"" + english + "\""))
                .post("/api/v1/kb/articles").then().statusCode(409).body("type", containsString("translation-exists"));
        given().contentType(ContentType.JSON)
                .body(ARTICLE.replace("\"locale\": \"en\"", "\"locale\": \"ru\", \"translationOf\": \"" + UUID.randomUUID() + "\""))
                .post("/api/v1/kb/articles").then().statusCode(404);
    }

    @Test
    void anonymousReadersSeeOnlyPublishedPublicArticles() {
        String draft = written(Visibility.PUBLIC, false);
        String internal = written(Visibility.INTERNAL, true);
        String published = written(Visibility.PUBLIC, true);

        given().get("/api/v1/kb/articles/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/kb/articles/" + internal).then().statusCode(404);
        given().get("/api/v1/kb/articles/" + published).then().statusCode(200)
                .body("markdown", nullValue()).body("updatedBy", nullValue());
        given().queryParam("limit", 100).get("/api/v1/kb/articles").then().statusCode(200)
                .body("items.id", hasItem(published)).body("items.id", not(hasItem(draft)))
                .body("items.id", not(hasItem(internal)));
        given().get("/api/v1/kb/articles/" + published + "/versions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/v1/kb/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body(ARTICLE).put("/api/v1/kb/articles/" + published).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "editor-3", roles = "agent")
    void aScriptInABodyNeverReachesAReader() {
        String id = publish(create(ARTICLE.replace("Dial **\\\\*99** and follow the prompts.",
                "Hello<script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))\\n\\n<script src=//evil.example></script>")));
        String reader = given().get("/api/v1/kb/articles/" + id).then().statusCode(200).extract().path("html");
        assertThat(reader.toLowerCase()).doesNotContain("<script", "onerror=", "javascript:", "<img");
        String faq = given().get("/api/v1/kb/faq?locale=en").then().statusCode(200).extract().asString();
        assertThat(faq.toLowerCase()).doesNotContain("<script", "javascript:");
    }

    @Test
    @TestSecurity(user = "editor-5", roles = "agent")
    void listsPageByCursor() {
        for (int i = 0; i < 3; i++) {
            create(ARTICLE.replace("it.telephony", "it.paging"));
        }
        var first = given().queryParam("category", "it.paging").queryParam("limit", 2).get("/api/v1/kb/articles")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract();
        given().queryParam("category", "it.paging").queryParam("limit", 2).queryParam("after", first.<String>path("next"))
                .get("/api/v1/kb/articles").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("next", nullValue())
                .body("items.id", not(hasItem(first.<List<String>>path("items.id").get(0))));
    }

    @Test
    @TestSecurity(user = "customer-1", roles = "customer")
    void customersDoNotWrite() {
        given().contentType(ContentType.JSON).body(ARTICLE).post("/api/v1/kb/articles").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "editor-4", roles = "admin")
    void invalidArticlesAreRejected() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"\", \"body\": \"x\", \"category\": \"Not A Category\", \"visibility\": \"PUBLIC\", \"locale\": \"de\"}")
                .post("/api/v1/kb/articles").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("category"))
                .body("violations.field", hasItem("locale"));
        given().contentType(ContentType.JSON).body(ARTICLE.replace("\"locale\": \"en\"", "\"locale\": null"))
                .post("/api/v1/kb/articles").then().statusCode(400);
        given().get("/api/v1/kb/articles/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/kb/articles?after=garbage").then().statusCode(400);
    }

    static String create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/kb/articles")
                .then().statusCode(201).extract().path("id");
    }

    static String publish(String id) {
        given().post("/api/v1/kb/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Written by an editor through the service, for tests that then read without a token. */
    private String written(Visibility visibility, boolean published) {
        var content = new ArticleContent("Resetting a voicemail PIN", "Dial *99.", "it.telephony", List.of(), visibility, false, null);
        return ReactiveDatabase.inSession(() -> articles.create(new NewArticle(Language.EN, content, null), "editor-0")
                .chain(article -> published ? articles.publish(article.id(), null, "editor-0") : Uni.createFrom().item(article)))
                .id().toString();
    }
}
