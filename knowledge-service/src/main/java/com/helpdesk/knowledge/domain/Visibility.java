package com.helpdesk.knowledge.domain;

/** Who may read a published article. */
public enum Visibility {
    /** Anyone, without signing in: customers, the public FAQ, suggestions for new tickets. */
    PUBLIC,
    /** Agents, supervisors and admins only: internal procedures, workarounds. */
    INTERNAL
}
