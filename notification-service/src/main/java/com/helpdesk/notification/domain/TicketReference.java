package com.helpdesk.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an incoming mail names the ticket it is about: the number in its subject ({@code [HD-2026-000123]},
 * which every mail we send carries), or one of our Message-IDs in {@code In-Reply-To} / {@code References}
 * (a mail client keeps those even when the customer rewrites the subject).
 */
public final class TicketReference {

    private static final Pattern NUMBER = Pattern.compile("\\[(HD-\\d{4}-\\d{6,})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private TicketReference() {
    }

    /** The ticket number in square brackets in the subject, if there is one. */
    public static Optional<String> number(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Every Message-ID in the given header values, most recent reference first. */
    public static List<String> messageIds(String inReplyTo, String references) {
        List<String> ids = new ArrayList<>();
        collect(inReplyTo, ids);
        List<String> referenced = new ArrayList<>();
        collect(references, referenced);
        // References lists the thread oldest first; the parent matters most
        for (int i = referenced.size() - 1; i >= 0; i--) {
            if (!ids.contains(referenced.get(i))) {
                ids.add(referenced.get(i));
            }
        }
        return ids;
    }

    /** The ticket a thread id of ours ({@link MessageIds#thread}) names, if {@code messageId} is one. */
    public static Optional<UUID> threadTicket(String messageId, String domain) {
        String prefix = "<ticket.";
        String suffix = "@" + domain + ">";
        if (!messageId.startsWith(prefix) || !messageId.endsWith(suffix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(messageId.substring(prefix.length(), messageId.length() - suffix.length())));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static void collect(String header, List<String> into) {
        if (header == null) {
            return;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            into.add(matcher.group());
        }
    }
}
