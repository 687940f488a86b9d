package com.helpdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class ProblemAndIdempotencyTest {

    @Test
    void sameKeyAndSameBodyAnswersTheFirstResponseAgain() {
        String key = UUID.randomUUID().toString();
        String first = create(key, "{\"text\":\"printer on fire\"}").statusCode(201).extract().header("Location");
        create(key, "{ \"text\" : \"printer on fire\" }").statusCode(201).header("Location", first);
        create(UUID.randomUUID().toString(), "{\"text\":\"printer on fire\"}").statusCode(201)
                .header("Location", not(first));
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        create(key, "{\"text\":\"printer on fire\"}").statusCode(201);
        create(key, "{\"text\":\"printer fixed\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://helpdesk.example/problems/idempotency-key-reused"));
    }

    @Test
    void invalidFieldsAreNamed() {
        create(null, "{\"text\":\"\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("text"));
        create(null, "{\"text\":\"" + "x".repeat(21) + "\"}").statusCode(400).body("violations.field", hasItem("text"));
    }

    @Test
    void brokenJsonAndUnknownEnumValuesAreBadRequests() {
        create(null, "{\"text\": ").statusCode(400).contentType("application/problem+json");
        create(null, "{\"text\":\"hi\",\"colour\":\"PURPLE\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("colour"));
    }

    @Test
    void notFoundIsAProblemToo() {
        given().get("/fixture/notes/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not found"));
        given().get("/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse create(String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/fixture/notes").then();
    }
}
