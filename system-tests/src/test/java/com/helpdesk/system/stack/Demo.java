package com.helpdesk.system.stack;

import java.util.List;

/** The realm's demo people, by their fixed ids (deploy/keycloak/helpdesk-realm.json). */
public final class Demo {

    public static final String ALICE = "c0000000-0000-4000-8000-000000000001";
    public static final String IVAN = "a0000000-0000-4000-8000-000000000001";
    /** The supervisors: neither has supervised teams set, so both hear about every team's tickets. */
    public static final List<String> SUPERVISOR_MAILBOXES = List.of("sam@helpdesk.example", "ada@helpdesk.example");

    private Demo() {
    }
}
