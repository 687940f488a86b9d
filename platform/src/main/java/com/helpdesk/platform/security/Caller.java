package com.helpdesk.platform.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, in help-desk terms rather than token claims. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Keycloak user id ({@code sub}) — stable, unlike the user name. */
    public String id() {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    public String email() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("email") : null;
    }

    /** Agents, supervisors and admins: people who work tickets, as opposed to those who file them. */
    public boolean isStaff() {
        return identity.hasRole(Roles.AGENT) || identity.hasRole(Roles.SUPERVISOR) || identity.hasRole(Roles.ADMIN);
    }

    /** Supervisors and admins, who may change policies, agents and other people's work. */
    public boolean isSupervisor() {
        return identity.hasRole(Roles.SUPERVISOR) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isIntegration() {
        return identity.hasRole(Roles.INTEGRATION);
    }

    /** A customer sees only their own tickets; so does an integration client, for the ones it filed. */
    public boolean seesOnlyOwn() {
        return !isStaff();
    }
}
