package com.helpdesk.notification.templates;

import com.helpdesk.events.sla.SlaTarget;

/**
 * Tells the assignee and the team's supervisors that an SLA deadline is close or has passed.
 *
 * @param name     the recipient's first name, for the greeting
 * @param breached true: the deadline passed ({@code SlaBreached}); false: a warning ({@code SlaWarning})
 * @param percent  the share of the allowed time used, for a warning
 * @param due      the deadline, written out in the mail's language and zone
 * @param assignee the assignee's full name; null while nobody holds the ticket
 * @param yours    the recipient is the assignee
 */
public record SlaAlertMail(String number, String name, String subject, String priority, String team, boolean breached,
        SlaTarget target, int percent, String due, String assignee, boolean yours) {

    public static final String TEMPLATE = "sla-alert";
}
