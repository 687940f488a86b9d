package com.helpdesk.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Stands in for Keycloak where a test runs services as processes ({@link ServiceProcess}) with security on:
 * a key pair made for this run signs the bearer tokens, and {@link #trustedBy()} makes a service verify them
 * with its public key instead of fetching Keycloak's discovery document.
 */
public final class TokenIssuer {

    private final KeyPair keys = rsaKeys();

    /** The configuration under which a service accepts this issuer's tokens. */
    public Map<String, String> trustedBy() {
        return Map.of("quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    }

    /** A ten-minute bearer token for {@code user} with the realm roles {@code roles}. */
    public String token(String user, String... roles) {
        return Jwt.subject(user).upn(user).groups(Set.of(roles)).issuer("https://helpdesk.test/realms/helpdesk")
                .expiresIn(600).sign(keys.getPrivate());
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
