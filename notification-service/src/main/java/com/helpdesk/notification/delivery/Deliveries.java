package com.helpdesk.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationEvent;
import com.helpdesk.events.notification.NotificationFailed;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.DeliveryStatus;
import com.helpdesk.notification.domain.RetryPolicy;
import com.helpdesk.platform.outbox.Outbox;
import com.helpdesk.platform.outbox.OutboxConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The delivery log and its state machine: PENDING → SENT, or PENDING → (retry …) → FAILED. Every final
 * transition publishes its receipt through the outbox in the transaction that makes it, and only the
 * sender holding the delivery's current claim can make it — a sender whose lease ran out changes nothing.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final String ACTOR = "service:notification-service";

    private static final String INSERT = """
            insert into delivery (id, cause_event_id, correlation_id, ticket_id, stream_version, channel, recipient,
                                  template, subject, text_body, html_body, message_id, in_reply_to)
            values (:id, :cause, :correlation, :ticket, :version, :channel, :recipient,
                    :template, :subject, :text, :html, :messageId, :inReplyTo)
            on conflict (cause_event_id, channel, recipient) where replay_of is null do nothing""";
    private static final String CLAIM = """
            update delivery set claim_token = :token, claimed_until = now() + make_interval(secs => :lease),
                                attempts = attempts + 1
            where id in (select id from delivery
                         where status = 'PENDING' and next_attempt_at <= now()
                           and (claimed_until is null or claimed_until < now())
                         order by next_attempt_at
                         limit :limit
                         for update skip locked)""";
    private static final String SENT = """
            update delivery set status = 'SENT', finished_at = now(), claim_token = null, claimed_until = null,
                                last_error = null, last_status = nullif(:status, 0)
            where id = :id and claim_token = :token and status = 'PENDING'""";
    private static final String RETRY = """
            update delivery set next_attempt_at = now() + make_interval(secs => :wait), claim_token = null,
                                claimed_until = null, last_error = :error, last_status = nullif(:status, 0)
            where id = :id and claim_token = :token and status = 'PENDING'""";
    private static final String FAILED = """
            update delivery set status = 'FAILED', finished_at = now(), claim_token = null, claimed_until = null,
                                last_error = :error, last_status = nullif(:status, 0)
            where id = :id and claim_token = :token and status = 'PENDING'""";
    private static final String NEXT_DUE = """
            select cast(extract(epoch from min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at))) - now())
                        as double precision)
            from delivery where status = 'PENDING'""";

    private final Outbox outbox;
    private final URI source;
    private final RetryPolicy retry;
    private final RandomGenerator jitter = RandomGenerator.getDefault();

    Deliveries(Outbox outbox, OutboxConfig outboxConfig, NotificationConfig config) {
        this.outbox = outbox;
        this.source = URI.create(outboxConfig.source());
        var sender = config.sender();
        this.retry = new RetryPolicy(sender.initialBackOff(), sender.maxBackOff(), sender.maxAttempts());
    }

    /**
     * Records a delivery in the caller's transaction, unless this event already has one for this channel and
     * recipient — a redelivered event, or a second replica racing, adds nothing. True if it was recorded.
     */
    public Uni<Boolean> record(NewDelivery delivery) {
        var cause = delivery.cause();
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID())
                .setParameter("cause", cause.eventId())
                .setParameter("correlation", cause.correlationId())
                .setParameter("ticket", cause.ticketId())
                .setParameter("version", cause.streamVersion())
                .setParameter("channel", delivery.channel().name())
                .setParameter("recipient", delivery.recipient())
                .setParameter("template", delivery.template())
                .setParameter("subject", delivery.mail().subject())
                .setParameter("text", delivery.mail().text())
                .setParameter("html", delivery.mail().html())
                .setParameter("messageId", delivery.messageId())
                .setParameter("inReplyTo", delivery.inReplyTo())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code lease}, in a transaction of its own that commits
     * before anything is sent. Rows another sender is claiming are skipped, not waited for.
     */
    Uni<List<Delivery>> claimDue(int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("token", token)
                        .setParameter("lease", seconds(lease))
                        .setParameter("limit", limit)
                        .executeUpdate())
                .chain(claimed -> claimed == 0
                        ? Uni.createFrom().item(List.<Delivery>of())
                        : Delivery.<Delivery>list("claimToken", token)));
    }

    /** The receiver took it: SENT, and {@code NotificationSent}. */
    Uni<Void> sent(Delivery delivery, int status) {
        return Panache.withTransaction(() -> transition(SENT, delivery, null, null, status)
                .chain(moved -> moved ? receipt(delivery, new NotificationSent(delivery.id, delivery.causeEventId,
                        delivery.channel, delivery.recipient, delivery.template, delivery.messageId)) : done()));
    }

    /**
     * An attempt failed. A permanent failure (the server refused the address) or the last allowed attempt
     * makes it FAILED with {@code NotificationFailed}; otherwise it waits for its next attempt.
     */
    Uni<Void> attemptFailed(Delivery delivery, String error, boolean permanent, int status) {
        Optional<Duration> wait = permanent ? Optional.empty() : retry.nextAfter(delivery.attempts, jitter);
        return Panache.withTransaction(() -> wait
                .map(duration -> transition(RETRY, delivery, error, duration, status).replaceWithVoid())
                .orElseGet(() -> transition(FAILED, delivery, error, null, status)
                        .chain(moved -> moved ? receipt(delivery, new NotificationFailed(delivery.id,
                                delivery.causeEventId, delivery.channel, delivery.recipient, delivery.template, error,
                                delivery.attempts)) : done())));
    }

    /** How long until the next pending delivery may be claimed; empty if none is pending. */
    Uni<Optional<Duration>> untilNextDue() {
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_DUE, Double.class).getSingleResultOrNull())
                .map(DeliverySource::wait));
    }

    private Uni<Boolean> transition(String sql, Delivery delivery, String error, Duration wait, int status) {
        return Panache.getSession().chain(session -> {
            var update = session.createNativeQuery(sql)
                    .setParameter("id", delivery.id)
                    .setParameter("token", delivery.claimToken)
                    .setParameter("status", status);
            if (error != null) {
                update.setParameter("error", error);
            }
            if (wait != null) {
                update.setParameter("wait", seconds(wait));
            }
            return update.executeUpdate();
        }).map(updated -> {
            if (updated == 0) {
                LOG.warnf("Delivery %s was no longer claimed by this sender (its lease ran out); left to its new owner",
                        delivery.id);
            }
            return updated == 1;
        });
    }

    private Uni<Void> receipt(Delivery delivery, NotificationEvent receipt) {
        return receipt(new NewDelivery.Cause(delivery.causeEventId, delivery.correlationId, delivery.ticketId,
                delivery.streamVersion), receipt);
    }

    /** Publishes a receipt about {@code cause} through the outbox, in the caller's transaction. */
    public Uni<Void> receipt(NewDelivery.Cause cause, NotificationEvent receipt) {
        return outbox.enqueue(new EventEnvelope<>(UUID.randomUUID(), source, cause.ticketId().toString(),
                Instant.now(), cause.streamVersion(), cause.correlationId(), cause.eventId(), ACTOR, receipt));
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The deliveries to one recipient (a webhook subscription), newest first, at most {@code limit}. */
    public Uni<List<Delivery>> ofRecipient(NotificationChannel channel, String recipient, int limit) {
        return Panache.withSession(() -> Delivery.<Delivery>find("channel = ?1 and recipient = ?2 order by createdAt desc, id",
                channel, recipient).page(0, limit).list());
    }

    /**
     * Delivers an earlier delivery's content once more, as a new delivery (with its own attempts and receipt);
     * the original stays as it was. Empty if there is no such delivery to this recipient.
     */
    public Uni<Optional<Delivery>> replay(UUID deliveryId, NotificationChannel channel, String recipient) {
        return Panache.withTransaction(() -> Delivery.<Delivery>find("id = ?1 and channel = ?2 and recipient = ?3",
                deliveryId, channel, recipient).firstResult()
                .chain(original -> {
                    if (original == null) {
                        return Uni.createFrom().item(Optional.<Delivery>empty());
                    }
                    Delivery copy = new Delivery();
                    copy.id = UUID.randomUUID();
                    copy.causeEventId = original.causeEventId;
                    copy.correlationId = original.correlationId;
                    copy.ticketId = original.ticketId;
                    copy.streamVersion = original.streamVersion;
                    copy.channel = original.channel;
                    copy.recipient = original.recipient;
                    copy.template = original.template;
                    copy.subject = original.subject;
                    copy.textBody = original.textBody;
                    copy.htmlBody = original.htmlBody;
                    copy.messageId = original.messageId;
                    copy.inReplyTo = original.inReplyTo;
                    copy.replayOf = original.id;
                    copy.status = DeliveryStatus.PENDING;
                    copy.nextAttemptAt = Instant.now();
                    copy.createdAt = Instant.now();
                    return copy.<Delivery>persist().map(Optional::of);
                }));
    }

    /** The delivery log of one ticket, oldest first. */
    public Uni<List<Delivery>> ofTicket(UUID ticketId) {
        return Panache.withSession(() -> Delivery.list("ticketId = ?1 order by createdAt, id", ticketId));
    }
}
