package com.helpdesk.notification.domain;

import java.util.regex.Pattern;

/**
 * Whether a requester's address can be handed to the SMTP server as it is. We only ever send to an address,
 * never to a display name, so a name cannot inject headers; this check keeps the address itself from doing
 * so (no whitespace, no CR/LF, no list separators or angle brackets).
 */
public final class EmailAddress {

    /** A pragmatic subset of RFC 5321: dot-atom local part and a domain with at least one dot or a label. */
    private static final Pattern DELIVERABLE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static boolean isDeliverable(String address) {
        return address != null && address.length() <= MAX_LENGTH && DELIVERABLE.matcher(address).matches();
    }
}
