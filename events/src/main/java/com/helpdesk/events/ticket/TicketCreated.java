package com.helpdesk.events.ticket;

import com.helpdesk.events.EventType;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket was filed, already classified: routing, SLA and notification react to this event alone, without
 * calling back.
 *
 * @param number            the human-readable number, e.g. {@code HD-2026-000123}
 * @param category          service catalog entry, e.g. {@code it.access}; absent until classified
 * @param language          the ticket's language, which routing matches against agents' skills
 * @param customFields      free-form fields agreed with the filing system
 * @param externalReference the filing system's own id for the request, if it sent one
 * @param team              the team owning the ticket, if the category determines one
 * @param line              the support line the ticket starts at
 * @param filedBy           who filed it when not the requester (an agent on the phone, an integration)
 */
@EventType("helpdesk.ticket.created.v1")
public record TicketCreated(
        String number,
        Requester requester,
        String subject,
        String description,
        Channel channel,
        String category,
        Priority priority,
        String language,
        List<String> tags,
        Map<String, String> customFields,
        String externalReference,
        CustomerTier tier,
        String team,
        SupportLine line,
        String filedBy) implements TicketEvent {

    public TicketCreated {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
