package com.helpdesk.notification.testing;

import java.net.URI;
import java.util.Map;

import com.helpdesk.platform.testing.KeycloakServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the application under test reach its staff directory through a {@link DirectoryRelay} in front of the
 * module's real Keycloak; tests get the relay injected into a field of that type.
 */
public class DirectoryRelayResource implements QuarkusTestResourceLifecycleManager {

    private DirectoryRelay relay;

    @Override
    public Map<String, String> start() {
        URI realm = KeycloakServer.shared().realmUrl();
        relay = new DirectoryRelay(realm.getHost(), realm.getPort());
        return Map.of("helpdesk.notification.staff.realm-url",
                "http://127.0.0.1:" + relay.port() + realm.getPath());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(relay, new TestInjector.MatchesType(DirectoryRelay.class));
    }

    @Override
    public void stop() {
        if (relay != null) {
            relay.close();
        }
    }
}
