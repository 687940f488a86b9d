package com.helpdesk.ticket.messaging;

import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.events.notification.SurveyAnswered;
import com.helpdesk.platform.inbox.Inbox;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.projection.TicketView;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * What notification-service reports: the requester's acknowledgement goes into the ticket's history, with the
 * deadline it promised; customers' mails become tickets or comments ({@link CustomerMail}); survey answers
 * become the requester's rating ({@link SurveyAnswers}).
 */
@ApplicationScoped
public class NotificationReceipts {

    /** The template name notification-service gives the acknowledgement of a new ticket. */
    static final String ACKNOWLEDGEMENT = "acknowledgement";

    private final Inbox inbox;
    private final Tickets tickets;
    private final CustomerMail customerMail;
    private final SurveyAnswers surveyAnswers;

    NotificationReceipts(Inbox inbox, Tickets tickets, CustomerMail customerMail, SurveyAnswers surveyAnswers) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.customerMail = customerMail;
        this.surveyAnswers = surveyAnswers;
    }

    @Incoming("notification-events")
    Uni<Void> on(Message<byte[]> message) {
        return inbox.receive("notification-receipts", message, this::apply);
    }

    private Uni<Void> apply(EventEnvelope<HelpdeskEvent> event) {
        if (event.data() instanceof EmailReceived mail) {
            return customerMail.received(event, mail);
        }
        if (event.data() instanceof SurveyAnswered answer) {
            return surveyAnswers.answered(event, answer);
        }
        if (!(event.data() instanceof NotificationSent sent) || !ACKNOWLEDGEMENT.equals(sent.template())) {
            return Uni.createFrom().voidItem();
        }
        UUID ticket = UUID.fromString(event.subject());
        return TicketView.<TicketView>findById(ticket)
                .map(view -> view == null ? null : view.firstResponseDue)
                .chain(due -> tickets.handle(ticket,
                        new TicketCommand.RecordAcknowledgement(sent.notificationId(), event.time(), due),
                        OptionalLong.empty(), Causation.reactingTo(event, event.actor())))
                .replaceWithVoid();
    }
}
