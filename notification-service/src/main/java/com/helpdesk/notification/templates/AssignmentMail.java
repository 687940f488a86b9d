package com.helpdesk.notification.templates;

/**
 * Tells an agent a ticket was assigned to them.
 *
 * @param name             the agent's first name, for the greeting
 * @param subject          the ticket's subject; empty if the ticket was not seen yet
 * @param priority         {@code P1}..{@code P4}, if known
 * @param team             the team it was assigned in, if any
 * @param line             the support line, if known
 * @param firstResponseDue the SLA first-response deadline, written out in the mail's language and zone; null if unknown
 */
public record AssignmentMail(String number, String name, String subject, String priority, String team, String line,
        String firstResponseDue) {

    public static final String TEMPLATE = "assignment";
}
