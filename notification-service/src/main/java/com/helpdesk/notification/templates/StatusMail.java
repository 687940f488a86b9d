package com.helpdesk.notification.templates;

/**
 * A change of the ticket's status the requester should know of.
 *
 * @param note the reason or resolution summary the agent gave, if any
 */
public record StatusMail(String number, String name, String subject, Change change, String note) {

    public static final String TEMPLATE = "status";

    public enum Change {
        PENDING_CUSTOMER, RESOLVED, CLOSED, REOPENED
    }
}
