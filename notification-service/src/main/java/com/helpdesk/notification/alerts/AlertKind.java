package com.helpdesk.notification.alerts;

import com.helpdesk.notification.templates.AssignmentMail;
import com.helpdesk.notification.templates.SlaAlertMail;

/** What a staff alert tells, and with which mail template. */
public enum AlertKind {
    ASSIGNMENT(AssignmentMail.TEMPLATE), SLA_WARNING(SlaAlertMail.TEMPLATE), SLA_BREACH(SlaAlertMail.TEMPLATE);

    private final String template;

    AlertKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
