package com.helpdesk.notification.inbound;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of an incoming mail.
 *
 * @param outcome  {@code ticket-opened}, {@code commented}, {@code ignored} (automatic mail) or
 *                 {@code duplicate} (this Message-ID was already received; nothing changed)
 * @param ticketId the ticket it opened or commented on
 * @param reason   why it was ignored
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InboundOutcome")
public record InboundOutcome(String outcome, UUID ticketId, String reason) {

    static final String OPENED = "ticket-opened";
    static final String COMMENTED = "commented";

    static InboundOutcome ignored(String reason) {
        return new InboundOutcome("ignored", null, reason);
    }

    static InboundOutcome duplicate(UUID ticketId) {
        return new InboundOutcome("duplicate", ticketId, null);
    }
}
