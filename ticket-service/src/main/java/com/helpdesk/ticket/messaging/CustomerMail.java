package com.helpdesk.ticket.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.notification.EmailReceived;
import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.ticket.domain.NewTicket;
import com.helpdesk.ticket.domain.TicketCommand;
import com.helpdesk.ticket.domain.TicketStatus;
import com.helpdesk.ticket.service.Tickets;

import io.smallrye.mutiny.Uni;

/**
 * Customers' mails, as notification-service decided them ({@link EmailReceived}): a new ticket on the e-mail
 * channel, or the requester's public comment on the ticket the mail answered. notification-service has already
 * made sure the sender may comment on that ticket; this side only knows whether the ticket still takes comments.
 */
@ApplicationScoped
public class CustomerMail {

    /** Who files tickets from mail: the mail gateway, on the sender's behalf. */
    static final String GATEWAY = "service:notification-service";

    private final Tickets tickets;

    CustomerMail(Tickets tickets) {
        this.tickets = tickets;
    }

    Uni<Void> received(EventEnvelope<?> event, EmailReceived mail) {
        if (!mail.reply()) {
            return open(mail.ticketId(), mail);
        }
        return tickets.current(mail.ticketId()).chain(ticket -> {
            if (!ticket.exists() || ticket.status() == TicketStatus.CLOSED) {
                // a closed ticket takes no comments: the customer's new message becomes a ticket of its own
                return open(followUpId(mail), mail);
            }
            return tickets.handle(mail.ticketId(), new TicketCommand.Comment(mail.fromAddress(), AuthorRole.REQUESTER,
                    Visibility.PUBLIC, mail.text(), List.of()), OptionalLong.empty(), Causation.reactingTo(event, GATEWAY))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> open(UUID id, EmailReceived mail) {
        var requester = new Requester(null, mail.fromAddress(), mail.fromName(), mail.language());
        var ticket = new NewTicket(requester, mail.subject(), mail.text(), Channel.EMAIL, null, Priority.P3,
                mail.language() == null ? "en" : mail.language(), List.of(), Map.of(), mail.messageId(),
                CustomerTier.STANDARD, GATEWAY);
        return tickets.open(id, ticket).replaceWithVoid();
    }

    /** Derived from the mail, so a redelivered event finds the ticket it already opened. */
    private static UUID followUpId(EmailReceived mail) {
        return UUID.nameUUIDFromBytes(("follow-up:" + mail.messageId()).getBytes(StandardCharsets.UTF_8));
    }
}
