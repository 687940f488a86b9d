package com.helpdesk.notification.templates;

/**
 * An agent's public reply, forwarded to the requester.
 *
 * @param body the reply as the agent wrote it (plain text; the HTML template escapes it)
 */
public record ReplyMail(String number, String name, String subject, String body) {

    public static final String TEMPLATE = "reply";
}
