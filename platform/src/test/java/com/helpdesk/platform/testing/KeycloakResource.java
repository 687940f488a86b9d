package com.helpdesk.platform.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application under test at a real Keycloak serving the helpdesk realm ({@link KeycloakServer#shared()}):
 * {@code quarkus.oidc.auth-server-url} is the realm's URL. Tests get the server injected into a field annotated
 * {@link InjectKeycloak}, e.g. to add users through its Admin API.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        keycloak = KeycloakServer.shared();
        return Map.of("quarkus.oidc.auth-server-url", keycloak.realmUrl().toString());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(keycloak,
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakServer.class));
    }

    @Override
    public void stop() {
        // the server outlives one application: the whole module shares it, and it stops with the JVM
    }
}
