package com.helpdesk.notification.domain;

import java.util.UUID;

/**
 * Message-IDs we generate. The acknowledgement of a ticket opens its mail thread with an id derived from
 * the ticket alone, so every later mail about the ticket can name it in {@code In-Reply-To} and
 * {@code References} without looking it up, and a reply to any of them leads back to the ticket.
 */
public final class MessageIds {

    private MessageIds() {
    }

    /** The id of the mail that opens a ticket's thread (the acknowledgement). */
    public static String thread(UUID ticketId, String domain) {
        return "<ticket." + ticketId + "@" + domain + ">";
    }

    /** The id of a later mail about a ticket, derived from the event it reports on. */
    public static String ofEvent(UUID eventId, String domain) {
        return "<event." + eventId + "@" + domain + ">";
    }
}
