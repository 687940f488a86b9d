package com.helpdesk.events.notification;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.helpdesk.events.EventType;

/**
 * A customer's e-mail came in through the inbound webhook, was checked (signature, auto-replies, loops) and
 * assigned to a ticket by notification-service: a comment on an existing ticket when the mail names it and
 * the sender is that ticket's requester or one of its CCs, otherwise a new ticket — never a comment on
 * someone else's. ticket-service turns it into the comment or the ticket. The envelope's subject is
 * {@code ticketId}.
 *
 * @param ticketId  the ticket the mail belongs to: the existing one when {@code reply}, otherwise the id the
 *                  new ticket is to get (chosen here, so a redelivered event cannot open a second ticket)
 * @param reply     true: a public comment by the requester on {@code ticketId}; false: open ticket {@code ticketId}
 * @param messageId the mail's Message-ID, angle brackets included; the new ticket's external reference
 * @param cc        the addresses the mail was copied to, lower-case
 * @param text      the plain-text body (or the HTML body reduced to text)
 * @param language  a guess at the mail's language ({@code ru}, {@code en}), when there is one
 */
@EventType("helpdesk.notification.email-received.v1")
public record EmailReceived(
        UUID ticketId,
        boolean reply,
        String messageId,
        String fromAddress,
        String fromName,
        List<String> cc,
        String subject,
        String text,
        String language) implements NotificationEvent {

    public EmailReceived {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
