package com.helpdesk.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application under test at the module's real Kafka broker ({@link KafkaBroker#shared()}).
 * Tests that take the broker away get it injected into a field annotated {@link InjectKafkaBroker}; tests that
 * play other services get its publisher through {@link InjectTopicPublisher}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.shared();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBroker.class));
        injector.injectIntoFields(broker.publisher(),
                new TestInjector.AnnotatedAndMatchesType(InjectTopicPublisher.class, TopicPublisher.class));
    }

    @Override
    public void stop() {
        // the broker outlives one application: the whole module shares it, and it stops with the JVM
    }
}
