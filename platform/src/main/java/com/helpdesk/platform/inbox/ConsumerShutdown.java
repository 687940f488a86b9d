package com.helpdesk.platform.inbox;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaConnector;

/**
 * Stops the Kafka consumers first when the service shuts down (SIGTERM: a rollout, a scale-down). Left to itself,
 * SmallRye Kafka drains its consumers only when the CDI container is destroyed — after Quarkus has closed the
 * reactive database pool — so the events still in hand then fail ("Pool closed") and, worse, were dead-lettered.
 * Here, at the start of the shutdown, the consumers pause, finish the events they are handling (for at most the
 * channel's {@code auto.commit.interval.ms}, 5 s by default), commit their offsets and leave their groups while
 * the database is still open, so the partitions move to the other replicas at once with nothing to redo. It runs
 * before the outbox relay stops, so this replica still publishes what the last events wrote.
 */
@ApplicationScoped
class ConsumerShutdown {

    private static final Logger LOG = Logger.getLogger(ConsumerShutdown.class);

    private final Instance<KafkaConnector> kafka;

    ConsumerShutdown(@Connector(KafkaConnector.CONNECTOR_NAME) Instance<KafkaConnector> kafka) {
        this.kafka = kafka;
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        if (!kafka.isResolvable()) {
            return;
        }
        long began = System.nanoTime();
        // the connector's own shutdown hook; run again when the container is destroyed, it finds nothing left to do
        kafka.get().terminate(shutdown);
        LOG.infof("Kafka consumers stopped: offsets of the events handled committed, groups left (%d ms)",
                Duration.ofNanos(System.nanoTime() - began).toMillis());
    }
}
