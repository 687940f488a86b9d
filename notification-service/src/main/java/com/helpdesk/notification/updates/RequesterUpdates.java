package com.helpdesk.notification.updates;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketClosed;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketPendingCustomer;
import com.helpdesk.events.ticket.TicketReopened;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.notification.acknowledgement.Acknowledgements;
import com.helpdesk.notification.acknowledgement.TicketContact;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.delivery.Deliveries;
import com.helpdesk.notification.delivery.NewDelivery;
import com.helpdesk.notification.domain.MessageIds;
import com.helpdesk.notification.survey.Surveys;
import com.helpdesk.notification.templates.MailTemplates;
import com.helpdesk.notification.templates.ReplyMail;
import com.helpdesk.notification.templates.StatusMail;

import io.smallrye.mutiny.Uni;

/**
 * What the requester hears after the acknowledgement: an agent's public reply (with its text — internal
 * notes never leave the desk) and the status changes that concern them; the resolution with a link to the
 * satisfaction survey. Each becomes a delivery at once,
 * in the consumer's transaction, threaded under the acknowledgement.
 */
@ApplicationScoped
public class RequesterUpdates {

    private final Acknowledgements acknowledgements;
    private final Deliveries deliveries;
    private final MailTemplates templates;
    private final Surveys surveys;
    private final String messageIdDomain;

    RequesterUpdates(Acknowledgements acknowledgements, Deliveries deliveries, MailTemplates templates, Surveys surveys,
            NotificationConfig config) {
        this.acknowledgements = acknowledgements;
        this.surveys = surveys;
        this.deliveries = deliveries;
        this.templates = templates;
        this.messageIdDomain = config.messageIdDomain();
    }

    /** Records the mail the event calls for, if any; true if a delivery was recorded. */
    public Uni<Boolean> on(EventEnvelope<? extends HelpdeskEvent> event) {
        Optional<Notice> notice = noticeFor(event.data());
        if (notice.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        UUID ticket = UUID.fromString(event.subject());
        return acknowledgements.contactOf(ticket).chain(contact -> contact
                .map(requester -> surveyLink(event, requester).chain(survey -> deliveries.record(new NewDelivery(
                        NewDelivery.Cause.of(event), requester.email(), notice.get().template(),
                        templates.render(notice.get().template(), requester.language(),
                                notice.get().mail().apply(requester, survey)),
                        MessageIds.ofEvent(event.id(), messageIdDomain), MessageIds.thread(ticket, messageIdDomain)))))
                .orElseGet(() -> Uni.createFrom().item(false)));
    }

    /** A resolution asks the requester how we did; other changes ask nothing. */
    private Uni<String> surveyLink(EventEnvelope<? extends HelpdeskEvent> event, TicketContact requester) {
        return event.data() instanceof TicketResolved ? surveys.offer(event, requester) : Uni.createFrom().nullItem();
    }

    private static Optional<Notice> noticeFor(HelpdeskEvent event) {
        if (event instanceof TicketCommented comment) {
            return comment.visibility() == Visibility.PUBLIC && comment.authorRole() == AuthorRole.AGENT
                    ? Optional.of(new Notice(ReplyMail.TEMPLATE,
                            (to, survey) -> new ReplyMail(to.number(), to.name(), to.subject(), comment.body())))
                    : Optional.empty();
        } else if (event instanceof TicketPendingCustomer pending) {
            return status(StatusMail.Change.PENDING_CUSTOMER, pending.reason());
        } else if (event instanceof TicketResolved resolved) {
            return status(StatusMail.Change.RESOLVED, resolved.summary());
        } else if (event instanceof TicketClosed closed) {
            return status(StatusMail.Change.CLOSED, closed.reason());
        } else if (event instanceof TicketReopened reopened) {
            return status(StatusMail.Change.REOPENED, reopened.reason());
        }
        return Optional.empty();
    }

    private static Optional<Notice> status(StatusMail.Change change, String note) {
        return Optional.of(new Notice(StatusMail.TEMPLATE,
                (to, survey) -> new StatusMail(to.number(), to.name(), to.subject(), change, note, survey)));
    }

    /** A mail to write once we know to whom: the template and its model for that requester (and survey link). */
    private record Notice(String template, BiFunction<TicketContact, String, Object> mail) {
    }
}
