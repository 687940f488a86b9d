package com.helpdesk.notification.acknowledgement;

import com.helpdesk.notification.domain.Language;

/** Whom to write about a ticket, and how to name it, as its {@code TicketCreated} told us. */
public record TicketContact(String number, String subject, String email, String name, Language language) {
}
