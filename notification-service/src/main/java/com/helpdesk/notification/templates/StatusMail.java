package com.helpdesk.notification.templates;

/**
 * A change of the ticket's status the requester should know of.
 *
 * @param note       the reason or resolution summary the agent gave, if any
 * @param surveyLink the satisfaction survey of a resolution, if there is one
 */
public record StatusMail(String number, String name, String subject, Change change, String note, String surveyLink) {

    public static final String TEMPLATE = "status";

    public enum Change {
        PENDING_CUSTOMER, RESOLVED, CLOSED, REOPENED
    }
}
