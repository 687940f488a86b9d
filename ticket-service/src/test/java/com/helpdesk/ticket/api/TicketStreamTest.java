package com.helpdesk.ticket.api;

import static com.helpdesk.ticket.api.TestCallers.ALICE;
import static com.helpdesk.ticket.api.TestCallers.act;
import static com.helpdesk.ticket.api.TestCallers.fileFor;
import static com.helpdesk.ticket.api.TestCallers.ivan;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The agents' live view: a change to a ticket of their team reaches an open event stream. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class TicketStreamTest {

    @TestHTTPResource("/api/v1/tickets/stream")
    URL stream;

    @Test
    void aTransferredTicketShowsUpOnTheNewTeamsStream() throws Exception {
        String team = "stream-" + System.nanoTime();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(stream + "?team=" + team))
                .header("X-Test-Caller", "ivan-id:agent").header("Accept", "text/event-stream").build();
        CompletableFuture<List<String>> firstChange = HttpClient.newHttpClient()
                .sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> response.body().filter(line -> line.startsWith("data:")).limit(1).toList());

        String id = fileFor(ALICE, "Live view");
        // keep changing the ticket until the stream has certainly subscribed: only team changes match the filter
        for (int attempt = 0; attempt < 20 && !firstChange.isDone(); attempt++) {
            String to = attempt % 2 == 0 ? team : team + "-other";
            act(ivan(), id, "transfers", "{\"team\": \"" + to + "\", \"reason\": \"live view\"}").statusCode(200);
            try {
                firstChange.get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // the stream may have subscribed after the change was announced; change it again
            }
        }
        assertThat(firstChange.get(Duration.ofSeconds(1).toMillis(), TimeUnit.MILLISECONDS)).singleElement()
                .asString().contains(id).contains("\"team\":\"" + team + "\"");
    }
}
