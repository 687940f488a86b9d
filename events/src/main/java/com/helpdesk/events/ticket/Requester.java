package com.helpdesk.events.ticket;

/**
 * The customer a ticket is for. Either id may be absent: a mail to the support address brings only an
 * e-mail, a call from another system only that system's user id.
 *
 * @param language preferred language of replies (e.g. {@code ru}, {@code en}), when known
 */
public record Requester(String userId, String email, String name, String language) {
}
