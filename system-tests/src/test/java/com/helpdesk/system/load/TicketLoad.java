package com.helpdesk.system.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.system.stack.Keycloak;

/**
 * An open-loop load of tickets filed by another company system (client credentials): one every
 * {@code 1/rate} seconds whatever the answers, as real traffic does — a slow desk sees requests pile up
 * rather than slow down. A request that fails (refused, reset, 5xx) is retried with the same
 * Idempotency-Key until accepted or {@code giveUpAfter} has passed, as a well-behaved client would.
 */
public final class TicketLoad {

    private static final URI TICKETS = URI.create("http://127.0.0.1:8081/api/v1/tickets");
    private static final Duration RETRY_DELAY = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final String token = Keycloak.integrationToken();
    private final String category;
    private final String mailbox;
    private final Duration giveUpAfter;
    private final Queue<FiledTicket> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<String> abandoned = new ConcurrentLinkedQueue<>();
    private final AtomicInteger offered = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final CompletableFuture<Void> allAnswered = new CompletableFuture<>();
    private long total;

    private TicketLoad(String category, String mailbox, Duration giveUpAfter) {
        this.category = category;
        this.mailbox = mailbox;
        this.giveUpAfter = giveUpAfter;
    }

    /** What a run offered and what became of it. */
    public record Outcome(int offered, List<FiledTicket> accepted, List<String> abandoned) {
    }

    /**
     * Offers {@code rate} tickets a second for {@code duration} in {@code category}, the requester being
     * {@code mailbox}, and returns once every offered ticket was accepted or given up.
     */
    public static Outcome offer(double rate, Duration duration, String category, String mailbox, Duration giveUpAfter) {
        TicketLoad load = new TicketLoad(category, mailbox, giveUpAfter);
        try {
            return load.run(rate, duration);
        } finally {
            load.scheduler.shutdownNow();
        }
    }

    private Outcome run(double rate, Duration duration) {
        long period = Math.round(1_000_000_000 / rate);
        total = Math.round(rate * duration.toNanos() / 1e9);
        var ticks = scheduler.scheduleAtFixedRate(() -> {
            if (offered.get() < total) {
                unanswered.incrementAndGet();
                int n = offered.getAndIncrement();
                send(UUID.randomUUID().toString(), n, Instant.now(), 1);
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        try {
            allAnswered.get(duration.plus(giveUpAfter).plusSeconds(30).toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            abandoned.add(unanswered.get() + " requests still unanswered when the run timed out");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            ticks.cancel(false);
        }
        return new Outcome(offered.get(), List.copyOf(accepted), List.copyOf(abandoned));
    }

    private void answered() {
        if (unanswered.decrementAndGet() == 0 && offered.get() == total) {
            allAnswered.complete(null);
        }
    }

    private void send(String key, int n, Instant offeredAt, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(TICKETS).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (response != null && (response.statusCode() == 201 || response.statusCode() == 200)) {
                JsonNode ticket = parse(response.body());
                accepted.add(new FiledTicket(key, offeredAt, Instant.now(), attempt, ticket.get("id").asText(),
                        ticket.get("number").asText()));
                answered();
            } else if (response != null && response.statusCode() < 500) {
                abandoned.add(key + ": " + response.statusCode() + " " + response.body());
                answered();
            } else if (Duration.between(offeredAt, Instant.now()).compareTo(giveUpAfter) < 0) {
                scheduler.schedule(() -> send(key, n, offeredAt, attempt + 1), RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                abandoned.add(key + ": " + (failure != null ? failure : response.statusCode() + " " + response.body()));
                answered();
            }
        });
    }

    private String body(int n) {
        return """
                {"requester": {"email": "%s", "name": "Load requester", "language": "en"},
                 "subject": "Load ticket %d", "description": "Filed by the load generator", "category": "%s",
                 "priority": "P3", "language": "en"}""".formatted(mailbox, n, category);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
