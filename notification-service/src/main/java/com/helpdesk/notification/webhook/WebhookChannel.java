package com.helpdesk.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.delivery.Delivery;
import com.helpdesk.notification.delivery.DeliveryChannel;
import com.helpdesk.notification.inbound.InboundSignature;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * POSTs a webhook delivery's JSON to its subscription's URL, signed with the subscription's secret:
 * {@code Helpdesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, the timestamp being the
 * attempt's, so a receiver can refuse old captures. Any 2xx is success. Every answer counts towards the
 * subscription's run of failures; the attempt that makes it {@code disable-after-failures} long disables the
 * subscription and fails for good, as does any attempt for a disabled subscription, and one whose host now
 * resolves to an internal address ({@link ReceiverGuard}).
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    public static final String SIGNATURE = InboundSignature.HEADER;

    private static final String SUCCEEDED = "update webhook_subscription set consecutive_failures = 0 where id = :id";
    private static final String FAILED = """
            update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                enabled = enabled and consecutive_failures + 1 < :limit,
                disabled_reason = case when enabled and consecutive_failures + 1 >= :limit
                                       then :reason else disabled_reason end
            where id = :id
            returning enabled""";

    private final HttpClient http;
    private final NotificationConfig.Webhooks config;
    private final ReceiverGuard receivers;

    WebhookChannel(NotificationConfig config, ReceiverGuard receivers) {
        this.config = config.webhooks();
        this.receivers = receivers;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public Uni<Integer> send(Delivery delivery) {
        UUID subscriptionId = UUID.fromString(delivery.recipient);
        return Panache.withSession(() -> WebhookSubscription.<WebhookSubscription>findById(subscriptionId))
                .chain(subscription -> {
                    if (subscription == null || !subscription.enabled) {
                        return Uni.createFrom().failure(new Failure("subscription deleted or disabled", 0, true));
                    }
                    return refusalOfResolved(subscription).chain(refusal -> refusal.isPresent()
                            ? Uni.createFrom().failure(new Failure(refusal.get(), 0, true))
                            : post(subscription, delivery));
                });
    }

    /** DNS blocks: looked up on a worker. */
    private Uni<Optional<String>> refusalOfResolved(WebhookSubscription subscription) {
        return backOnThisContext(Uni.createFrom().item(() -> receivers.refusalOfResolved(URI.create(subscription.url)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    private Uni<Integer> post(WebhookSubscription subscription, Delivery delivery) {
        byte[] body = delivery.textBody.getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Helpdesk-Webhooks/1")
                .header(SIGNATURE, InboundSignature.header(subscription.secret, timestamp, body))
                .header("Helpdesk-Event-Id", delivery.messageId)
                .header("Helpdesk-Event-Type", delivery.subject)
                .header("Helpdesk-Delivery-Id", delivery.id.toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        // the JDK client completes on its own threads
        Uni<HttpResponse<Void>> sent = Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .ifNoItem().after(config.timeout().plus(Duration.ofSeconds(1))).fail();
        return backOnThisContext(sent)
                .onItemOrFailure().transformToUni((response, failure) -> {
                    if (failure == null && response.statusCode() / 100 == 2) {
                        return record(SUCCEEDED, subscription, null).replaceWith(response.statusCode());
                    }
                    int status = failure == null ? response.statusCode() : 0;
                    String reason = failure == null ? "HTTP " + status
                            : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
                    return record(FAILED, subscription, reason).chain(stillEnabled -> Uni.createFrom().failure(stillEnabled
                            ? new Failure(reason, status, false)
                            : new Failure(reason + "; subscription disabled after " + config.disableAfterFailures()
                                    + " failures in a row", status, true)));
                });
    }

    /**
     * Emits {@code work}'s outcome on the caller's Vert.x context (the sender's), where the database work that
     * follows must run: Hibernate Reactive keeps its session there.
     */
    private static <T> Uni<T> backOnThisContext(Uni<T> work) {
        Context context = Vertx.currentContext();
        return work.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Counts the attempt on the subscription; true while it stays enabled. */
    private Uni<Boolean> record(String sql, WebhookSubscription subscription, String reason) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            if (reason == null) {
                return session.createNativeQuery(sql).setParameter("id", subscription.id).executeUpdate().replaceWith(true);
            }
            return session.createNativeQuery(sql, Boolean.class).setParameter("id", subscription.id)
                    .setParameter("limit", config.disableAfterFailures())
                    .setParameter("reason", reason + " (" + config.disableAfterFailures() + " failures in a row)")
                    .getSingleResult();
        }));
    }
}
