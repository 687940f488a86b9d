package com.helpdesk.notification.alerts;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.notification.acknowledgement.PendingAcknowledgement;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailDates;
import com.helpdesk.notification.domain.MessageIds;
import com.helpdesk.notification.projection.TicketFacts;
import com.helpdesk.notification.projection.TicketFactsProjection;
import com.helpdesk.notification.staff.StaffMember;
import com.helpdesk.notification.templates.AssignmentMail;
import com.helpdesk.notification.templates.MailTemplates;
import com.helpdesk.notification.templates.SlaAlertMail;

import io.smallrye.mutiny.Uni;

/**
 * Writes an alert's mail to one member of staff, in their language. Staff mails thread under the ticket's
 * acknowledgement like the requester's, so a staff member's mail client groups everything about one ticket.
 */
@ApplicationScoped
class StaffMails {

    /** How the mails name the ticket: number and subject from TicketCreated, priority and deadline as they are now. */
    record AboutTicket(String number, String subject, String priority, Instant firstResponseDue) {
    }

    private final TicketFactsProjection tickets;
    private final MailTemplates templates;
    private final NotificationConfig config;

    StaffMails(TicketFactsProjection tickets, MailTemplates templates, NotificationConfig config) {
        this.tickets = tickets;
        this.templates = templates;
        this.config = config;
    }

    /** What is known of the alert's ticket, in the caller's session; the ticket id stands in for an unknown number. */
    Uni<AboutTicket> aboutTicket(StaffAlert alert) {
        return tickets.of(alert.ticketId).chain(facts -> PendingAcknowledgement
                .<PendingAcknowledgement>findById(alert.ticketId)
                .map(created -> about(alert, facts, created)));
    }

    NewDelivery mail(StaffAlert alert, AboutTicket ticket, StaffMember to, StaffRecipients recipients) {
        Language language = to.language();
        Object mail = alert.kind == AlertKind.ASSIGNMENT
                ? new AssignmentMail(ticket.number(), to.name(), ticket.subject(), ticket.priority(), alert.team,
                        alert.line, ticket.firstResponseDue() == null ? null : date(ticket.firstResponseDue(), language))
                : new SlaAlertMail(ticket.number(), to.name(), ticket.subject(), ticket.priority(), alert.team,
                        alert.kind == AlertKind.SLA_BREACH, alert.slaTarget,
                        alert.thresholdPercent == null ? 0 : alert.thresholdPercent, date(alert.dueAt, language),
                        // an assignee the directory does not know (any more) is still named, by id
                        recipients.assignee().map(StaffMember::fullName).orElse(alert.assignee),
                        to.id().equals(alert.assignee));
        String domain = config.messageIdDomain();
        return new NewDelivery(alert.cause(), to.email(), alert.kind.template(),
                templates.render(alert.kind.template(), language, mail),
                MessageIds.ofEvent(alert.causeEventId, domain), MessageIds.thread(alert.ticketId, domain));
    }

    private String date(Instant instant, Language language) {
        return MailDates.format(instant, config.timeZone(), language);
    }

    private static AboutTicket about(StaffAlert alert, TicketFacts facts, PendingAcknowledgement created) {
        boolean seen = created != null && created.ticketNumber != null;
        return new AboutTicket(seen ? created.ticketNumber : alert.ticketId.toString(), seen ? created.subject : "",
                facts == null ? null : facts.priority, created == null ? null : created.firstResponseDue);
    }
}
