package com.helpdesk.platform.security;

/** Realm roles of the helpdesk Keycloak realm (deploy/keycloak/helpdesk-realm.json). */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** Other company systems, authenticated with client credentials. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
