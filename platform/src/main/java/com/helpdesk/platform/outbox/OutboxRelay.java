package com.helpdesk.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.events.CloudEventHeaders;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka, at least once, in id order per shard.
 *
 * <p>Commits wake the relay through PostgreSQL NOTIFY (see V0_4__platform_outbox_notify.sql). Each pass
 * takes a transaction-scoped advisory lock per shard, so with several replicas each shard is published by
 * one of them at a time — no replica sends what another is sending — and rows of one key (always in one
 * shard) leave in the order they were committed. A batch goes out in one Kafka transaction and is marked published only once that
 * transaction committed; a failed batch is aborted whole and sent again on the next pass. So a Kafka
 * outage delays events but never loses or reorders them for {@code read_committed} consumers, which
 * de-duplicate the rare redelivery (a commit whose answer was lost) by event id.
 *
 * <p>Each record is sent in a {@code publish} span whose parent is the trace context stored with the row
 * (the request or consumed message that wrote it), and carries that span's {@code traceparent}: the trace
 * goes on in the consumers although the writer's span ended before the relay ran.
 *
 * <p>On shutdown the relay finishes (or, if Kafka does not answer, aborts) the batch it is sending, takes
 * no further one, and closes its producer. The shard locks are transaction-scoped, so they go with the
 * batch's database transaction, and another replica's relay takes over at once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "platform_outbox";
    /** How soon a failed pass (Kafka or the database away) is tried again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** First half of the two-int advisory lock key; the shard number is the second. */
    private static final int LOCK_NAMESPACE = 0x0B0C5;
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String clientId;
    /** Stable for this process, unique among replicas: a replica only ever fences its own earlier producer. */
    private final String transactionalId;
    private final Counter published;
    private final Counter failed;
    private final Tracer tracer;
    /** Rows waiting for publication and the age of the oldest, as of the last pass: a backlog shows here first. */
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private KafkaProducer<String, byte[]> producer;
    private Thread worker;
    private volatile boolean stopping;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, ObjectMapper json, MeterRegistry metrics,
            OpenTelemetry telemetry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox";
        this.transactionalId = clientId + "-" + UUID.randomUUID();
        this.published = metrics.counter("helpdesk.outbox.published");
        this.failed = metrics.counter("helpdesk.outbox.send.failures");
        metrics.gauge("helpdesk.outbox.pending", pending);
        metrics.gauge("helpdesk.outbox.oldest.pending.seconds", oldestPendingSeconds);
        this.tracer = telemetry.getTracer("com.helpdesk.platform.outbox");
    }

    void start(@Observes StartupEvent startup) {
        worker = new Thread(this::listenAndRelay, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Runs a pass whenever a commit notifies {@value #CHANNEL}, and at least every poll interval (a
     * notification can be missed while the listening connection is re-established). Quarkus' scheduler
     * cannot tick below a second, and a second of added latency per hop is too much for an acknowledgement.
     */
    private void listenAndRelay() {
        while (!stopping) {
            try (Connection listener = dataSource.getConnection()) {
                listener.setAutoCommit(true);
                try (Statement listen = listener.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (!stopping) {
                    boolean published = relay();
                    notifications.getNotifications((int) (published ? config.pollInterval() : RETRY_AFTER).toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("Outbox relay lost its database connection, reconnecting: %s", e.getMessage());
                    pause(RETRY_AFTER);
                }
            }
        }
    }

    /** One pass over the shards with pending events; false if any shard could not be published. */
    synchronized boolean relay() {
        List<Integer> shards;
        try {
            shards = shardsWithPendingEvents();
        } catch (SQLException e) {
            LOG.warnf("Outbox not readable this pass, will retry: %s", e.getMessage());
            return false;
        }
        boolean allPublished = true;
        for (int shard : shards) {
            if (stopping) {
                break;
            }
            try {
                int published;
                do {
                    published = publishShard(shard);
                } while (!stopping && published == config.batchSize()); // a full batch: more may be waiting
                allPublished &= published >= 0;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Outbox shard %d not published this pass, will retry: %s", shard, e.getMessage());
                allPublished = false;
            }
        }
        return allPublished;
    }

    /** The listener blocks in the driver, deaf to interrupts; a notification of our own ends its wait. */
    private void wakeListener() {
        try (Connection connection = dataSource.getConnection();
                Statement notify = connection.createStatement()) {
            notify.execute("notify " + CHANNEL);
        } catch (SQLException e) {
            LOG.debugf("Could not wake the outbox relay; it stops after its poll interval: %s", e.getMessage());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A cheap look at the partial index, so an idle service costs one query per tick, not one lock per
     * shard; it also updates the backlog gauges.
     */
    private List<Integer> shardsWithPendingEvents() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select shard, count(*), extract(epoch from now() - min(created_at))::bigint
                        from platform_outbox where published_at is null group by shard""");
                ResultSet rows = select.executeQuery()) {
            List<Integer> shards = new ArrayList<>();
            long waiting = 0;
            long oldest = 0;
            while (rows.next()) {
                shards.add(rows.getInt(1));
                waiting += rows.getLong(2);
                oldest = Math.max(oldest, rows.getLong(3));
            }
            pending.set(waiting);
            oldestPendingSeconds.set(oldest);
            return shards;
        }
    }

    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublished() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from platform_outbox where published_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            int deleted = delete.executeUpdate();
            LOG.debugf("Deleted %d published outbox rows", deleted);
        }
    }

    /** Publishes one batch of a shard; returns how many rows were marked published, -1 if Kafka refused them. */
    int publishShard(int shard) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection, shard)) {
                    connection.rollback();
                    return 0;
                }
                List<PendingEvent> batch = pending(connection, shard);
                if (batch.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                List<Long> sent = send(batch);
                markPublished(connection, sent);
                connection.commit();
                return sent.isEmpty() ? -1 : sent.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean lock(Connection connection, int shard) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_NAMESPACE);
            lock.setInt(2, shard);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> pending(Connection connection, int shard) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, topic, message_key, headers::text, payload::text, traceparent, tracestate
                from platform_outbox where published_at is null and shard = ? order by id limit ?""")) {
            select.setInt(1, shard);
            select.setInt(2, config.batchSize());
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                            json.readValue(rows.getString(4), HEADERS), rows.getString(5),
                            new TraceContext(rows.getString(6), rows.getString(7))));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Unreadable headers in platform_outbox", e);
            }
            return batch;
        }
    }

    /**
     * Publishes a batch in one Kafka transaction and returns its ids, or none if it failed. All or nothing
     * matters for order: without it a failed early record of a key could be followed by later ones that
     * made it, and the retry would then deliver the key's events out of order.
     */
    private List<Long> send(List<PendingEvent> batch) {
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            KafkaProducer<String, byte[]> kafka = producer();
            kafka.beginTransaction();
            for (PendingEvent event : batch) {
                Span span = publishSpan(event);
                spans.add(span);
                kafka.send(event.toRecord(Context.root().with(span)));
            }
            kafka.commitTransaction();
            spans.forEach(Span::end);
            published.increment(batch.size());
            return batch.stream().map(PendingEvent::id).toList();
        } catch (KafkaException e) {
            LOG.warnf("Outbox batch of %d events not published, will retry: %s", batch.size(), e.getMessage());
            spans.forEach(span -> span.recordException(e).setStatus(StatusCode.ERROR, "batch aborted").end());
            failed.increment(batch.size());
            resetProducer();
            return List.of();
        }
    }

    /** The messaging "publish" span of one record, a child of the span that wrote the event. */
    private Span publishSpan(PendingEvent event) {
        return tracer.spanBuilder(event.topic() + " publish")
                .setParent(event.trace().asParent())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.kafka.message.key", event.key())
                .setAttribute("messaging.message.id", event.headers().get(CloudEventHeaders.ID))
                .setAttribute("helpdesk.event_type", event.headers().get(CloudEventHeaders.TYPE))
                .setAttribute("helpdesk.ticket_id", event.key())
                .startSpan();
    }

    private void markPublished(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update platform_outbox set published_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) config.deliveryTimeout().toMillis());
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.maxBlock().toMillis());
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    (int) Math.min(config.deliveryTimeout().toMillis() - 10, 10_000));
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
            try {
                producer.initTransactions();
            } catch (KafkaException e) {
                resetProducer();
                throw e;
            }
        }
        return producer;
    }

    /**
     * After a failure the transaction may be left open on the broker. The next producer reuses the
     * transactional id, and its initialisation aborts that transaction at once rather than letting
     * read_committed consumers wait for it to time out.
     */
    private void resetProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        wakeListener();
        if (worker != null) {
            worker.join(config.pollInterval().plus(RETRY_AFTER).toMillis());
        }
        synchronized (this) { // waits for a pass in progress to finish its batch
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
                producer = null;
            }
        }
        LOG.debug("Outbox relay stopped");
    }
}
