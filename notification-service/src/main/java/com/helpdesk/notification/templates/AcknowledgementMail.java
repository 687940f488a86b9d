package com.helpdesk.notification.templates;

import java.util.List;

import com.helpdesk.notification.domain.ArticleLink;

/**
 * What the acknowledgement of a new ticket says.
 *
 * @param name    the requester's name, if known, for the greeting
 * @param summary the start of the description
 * @param due     when to expect a first answer, already written out in the mail's language and zone; null
 *                when the SLA deadline did not arrive in time
 */
public record AcknowledgementMail(String number, String name, String subject, String summary, String due,
        List<ArticleLink> articles) {

    /** The template name, also the {@code template} of the receipts ticket-service turns into history. */
    public static final String TEMPLATE = "acknowledgement";

    public AcknowledgementMail {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
