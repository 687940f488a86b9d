package com.helpdesk.notification.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mail that no person wrote: auto-replies, bounces, list traffic and our own mails coming back. Answering any
 * of them would open a ticket nobody asked for, or start a loop of acknowledgements between two robots
 * (RFC 3834 asks responders to stay quiet on exactly these).
 */
public final class AutomaticMail {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> ROBOT_MAILBOXES = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
            "donotreply", "do-not-reply");

    private AutomaticMail() {
    }

    /**
     * Why the mail is automatic, or empty for a person's mail.
     *
     * @param headers         the mail's headers, names in any case
     * @param from            the sender's address
     * @param messageId       the mail's Message-ID
     * @param messageIdDomain the right-hand side of our own Message-IDs
     * @param ourAddress      the address we send from
     */
    public static Optional<String> reason(Map<String, String> headers, String from, String messageId,
            String messageIdDomain, String ourAddress) {
        String autoSubmitted = header(headers, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.isBlank() && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.strip());
        }
        String precedence = header(headers, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Precedence: " + precedence.strip());
        }
        if (header(headers, "X-Autoreply") != null || header(headers, "X-Autorespond") != null) {
            return Optional.of("auto-responder header");
        }
        String address = from.strip().toLowerCase(Locale.ROOT);
        String mailbox = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (ROBOT_MAILBOXES.contains(mailbox)) {
            return Optional.of("sent by " + mailbox);
        }
        if (address.equalsIgnoreCase(ourAddress)) {
            return Optional.of("sent by ourselves");
        }
        if (messageId.toLowerCase(Locale.ROOT).endsWith("@" + messageIdDomain.toLowerCase(Locale.ROOT) + ">")) {
            return Optional.of("one of our own mails");
        }
        return Optional.empty();
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
