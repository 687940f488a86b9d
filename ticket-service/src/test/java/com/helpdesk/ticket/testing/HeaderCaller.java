package com.helpdesk.ticket.testing;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Tests only: the caller named by {@code X-Test-Caller: <id>:<role>[,<role>…]}, so one test can act as a
 * customer and then as an agent. Without the header the request is anonymous (or {@code @TestSecurity}'s).
 * Real tokens from Keycloak are system-tests' business.
 */
@ApplicationScoped
public class HeaderCaller implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Test-Caller";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String caller = context.request().getHeader(HEADER);
        if (caller == null) {
            return Uni.createFrom().nullItem();
        }
        String[] idAndRoles = caller.split(":", 2);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(idAndRoles[0]))
                .addRoles(Set.of(idAndRoles[1].split(",")))
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
