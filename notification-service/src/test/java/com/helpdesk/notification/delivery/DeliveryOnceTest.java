package com.helpdesk.notification.delivery;

import static com.helpdesk.platform.testing.ReactiveDatabase.inSession;
import static com.helpdesk.platform.testing.ReactiveDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Topic;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.notification.domain.DeliveryStatus;
import com.helpdesk.notification.templates.RenderedMail;
import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** One mail per delivery, whatever crashes, races or redeliveries happen around it. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class DeliveryOnceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Deliveries deliveries;
    @Inject
    Dispatch dispatch;
    @InjectKafkaBroker
    KafkaBroker kafka;
    @InjectMailbox
    Mailbox mailbox;

    @Test
    void aDeliveryClaimedByASenderThatDiedIsSentOnceItsLeaseLapses() {
        String recipient = address();
        NewDelivery delivery = delivery(recipient);
        Duration lease = Duration.ofSeconds(3);
        // The crashed sender's state: the delivery recorded and claimed (committed), the mail never handed over.
        recordClaimed(delivery, 1, lease);

        await().during(lease.minusSeconds(1)).atMost(lease).until(() -> mailbox.to(recipient).isEmpty());
        await().atMost(PATIENCE).until(() -> statusOf(delivery) == DeliveryStatus.SENT);
        assertThat(mailbox.to(recipient)).hasSize(1);
        assertThat(deliveryOf(delivery).attempts).isEqualTo(2);
        try (var receipts = new TopicRecorder(kafka.bootstrapServers(), Topic.NOTIFICATION.topicName())) {
            String ticket = delivery.cause().ticketId().toString();
            await().atMost(PATIENCE).until(() -> receipts.events(ticket::equals).size() == 1);
            assertThat(receipts.events(ticket::equals).get(0).data()).isInstanceOf(NotificationSent.class);
        }
    }

    @Test
    void aTransientFailureIsRetriedAfterABackOffAndThenSent() {
        String recipient = address();
        NewDelivery delivery = delivery(recipient);
        Delivery claimed = recordClaimed(delivery, 1, Duration.ofMinutes(1));

        inSession(() -> deliveries.attemptFailed(claimed, "421 try again later", false, 0));
        Delivery waiting = deliveryOf(delivery);
        assertThat(waiting.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.lastError).isEqualTo("421 try again later");
        assertThat(waiting.claimToken).isNull();
        assertThat(Duration.between(Instant.now(), waiting.nextAttemptAt)).isPositive(); // initial back-off 2 s, jittered

        await().atMost(PATIENCE).until(() -> statusOf(delivery) == DeliveryStatus.SENT);
        assertThat(deliveryOf(delivery).attempts).isEqualTo(2);
        assertThat(mailbox.to(recipient)).hasSize(1);
    }

    @Test
    void theLastFailedAttemptGivesUpAndPublishesTheFailure() {
        NewDelivery delivery = delivery(address());
        Delivery claimed = recordClaimed(delivery, 8, Duration.ofMinutes(1)); // max-attempts

        inSession(() -> deliveries.attemptFailed(claimed, "421 try again later", false, 0));

        assertThat(statusOf(delivery)).isEqualTo(DeliveryStatus.FAILED);
        try (var receipts = new TopicRecorder(kafka.bootstrapServers(), Topic.NOTIFICATION.topicName())) {
            String ticket = delivery.cause().ticketId().toString();
            await().atMost(PATIENCE).until(() -> receipts.events(ticket::equals).size() == 1);
            assertThat(receipts.events(ticket::equals).get(0).data()).isInstanceOfSatisfying(NotificationFailed.class,
                    failed -> assertThat(failed.attempts()).isEqualTo(8));
        }
    }

    @Test
    void racingSendersNeverSendADeliveryTwiceAndARecordedDeliveryIsNotRecordedAgain() throws Exception {
        List<NewDelivery> batch = IntStream.range(0, 30).mapToObj(i -> delivery(address())).toList();
        List<Boolean> recorded = inTransaction(() -> recordAll(batch));
        assertThat(recorded).containsOnly(true);
        assertThat(inTransaction(() -> recordAll(batch))).containsOnly(false);

        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            Callable<Duration> pass = this::aSenderPass;
            for (var result : senders.invokeAll(List.of(pass, pass, pass))) {
                result.get();
            }
        } finally {
            senders.shutdown();
        }

        await().atMost(PATIENCE).until(() -> batch.stream().allMatch(d -> statusOf(d) == DeliveryStatus.SENT));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> batch.stream().allMatch(d -> mailbox.to(d.recipient()).size() == 1));
    }

    @Test
    void anAddressThatCouldCarryHeadersIsRefusedAtOnceAndTheFailureIsPublished() {
        NewDelivery delivery = delivery("mallory@example.com\r\nBcc: victim@example.com");
        inTransaction(() -> deliveries.record(delivery));
        dispatch.wake();

        await().atMost(PATIENCE).until(() -> statusOf(delivery) == DeliveryStatus.FAILED);
        assertThat(deliveryOf(delivery).attempts).isEqualTo(1);
        assertThat(mailbox.to("victim@example.com")).isEmpty();
        try (var receipts = new TopicRecorder(kafka.bootstrapServers(), Topic.NOTIFICATION.topicName())) {
            String ticket = delivery.cause().ticketId().toString();
            await().atMost(PATIENCE).until(() -> receipts.events(ticket::equals).size() == 1);
            assertThat(receipts.events(ticket::equals).get(0).data()).isInstanceOfSatisfying(NotificationFailed.class,
                    failed -> {
                        assertThat(failed.error()).isEqualTo("not a deliverable e-mail address");
                        assertThat(failed.attempts()).isEqualTo(1);
                        assertThat(failed.causeEventId()).isEqualTo(delivery.cause().eventId());
                    });
        }
    }

    /** A pass as another replica's sender would run it, on a context of its own. */
    private Duration aSenderPass() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(dispatch::pass);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a delivery already claimed by some sender, as if it had made {@code attempts} attempts. */
    private Delivery recordClaimed(NewDelivery delivery, int attempts, Duration lease) {
        return inTransaction(() -> deliveries.record(delivery).chain(() -> Panache.getSession()).chain(session -> session
                .createNativeQuery("""
                        update delivery set claim_token = gen_random_uuid(), attempts = :attempts,
                                            claimed_until = now() + make_interval(secs => :lease)
                        where cause_event_id = :cause""")
                .setParameter("attempts", attempts)
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("cause", delivery.cause().eventId())
                .executeUpdate())
                .chain(() -> Delivery.<Delivery>find("causeEventId", delivery.cause().eventId()).singleResult()));
    }

    private Uni<List<Boolean>> recordAll(List<NewDelivery> batch) {
        return Multi.createFrom().iterable(batch).onItem().transformToUniAndConcatenate(deliveries::record)
                .collect().asList();
    }

    private static DeliveryStatus statusOf(NewDelivery delivery) {
        return deliveryOf(delivery).status;
    }

    private static Delivery deliveryOf(NewDelivery delivery) {
        return inSession(() -> Delivery.<Delivery>find("causeEventId", delivery.cause().eventId()).singleResult());
    }

    private static NewDelivery delivery(String recipient) {
        var cause = new NewDelivery.Cause(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1);
        return new NewDelivery(cause, recipient, "test", new RenderedMail("Test " + cause.eventId(), "text", "<p>html</p>"),
                "<" + UUID.randomUUID() + "@helpdesk.localhost>", null);
    }

    private static String address() {
        return "delivery-" + UUID.randomUUID() + "@example.com";
    }
}
