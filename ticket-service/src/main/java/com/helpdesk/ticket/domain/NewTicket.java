package com.helpdesk.ticket.domain;

import java.util.List;
import java.util.Map;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;

/** The command to open a ticket, as filed by a customer, an agent or another system. */
public record NewTicket(Requester requester, String subject, String description, Channel channel, String category,
        Priority priority, String language, List<String> tags, Map<String, String> customFields,
        String externalReference, CustomerTier tier, String filedBy) {

    public NewTicket {
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
