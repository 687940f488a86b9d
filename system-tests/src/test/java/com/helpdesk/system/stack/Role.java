package com.helpdesk.system.stack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who calls: each role of the realm through one of its demo users (or the integration client), with a
 * real Keycloak token, fetched once per run — tokens live 15 minutes, longer than any suite here.
 */
public enum Role {
    NONE(() -> null),
    CUSTOMER_A(() -> Keycloak.tokenFor("alice")),
    CUSTOMER_B(() -> Keycloak.tokenFor("bob")),
    AGENT(() -> Keycloak.tokenFor("ivan")),
    SUPERVISOR(() -> Keycloak.tokenFor("sam")),
    ADMIN(() -> Keycloak.tokenFor("ada")),
    INTEGRATION(Keycloak::integrationToken);

    private static final Map<Role, String> TOKENS = new ConcurrentHashMap<>();

    private final Supplier<String> fetch;

    Role(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    /** The bearer token, or {@code null} for {@link #NONE}. */
    public String token() {
        return this == NONE ? null : TOKENS.computeIfAbsent(this, role -> role.fetch.get());
    }
}
