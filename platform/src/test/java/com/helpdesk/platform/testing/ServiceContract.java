package com.helpdesk.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * What every Helpdesk service promises operations, whatever its domain: live and ready health (ready
 * covers its database and Kafka), Prometheus metrics with its consumers' lag and its outbox backlog, an
 * OpenAPI document and Swagger UI. A service's test extends this
 * with {@code @QuarkusTest} and the real resources.
 */
public abstract class ServiceContract {

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyOnlyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "Database connections health check", "Kafka connection health check"));
    }

    /** Lag is what consumers scale on (KEDA) and alert on; the backlog is what the relay has yet to publish. */
    @Test
    void exposesConsumerLagAndOutboxBacklogMetrics() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"))
                .body(containsString("helpdesk_outbox_pending"))
                .body(containsString("helpdesk_outbox_oldest_pending_seconds")));
    }

    @Test
    void documentsItsApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
