package com.helpdesk.notification.inbound;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mail as the provider posts it to {@code /api/v1/inbound/email}: the usual fields of Postmark, Mailgun or
 * SendGrid's inbound parse, with structured addresses.
 */
@Schema(description = "An incoming e-mail, as the mail provider posts it")
public record InboundMail(
        @Schema(required = true) Address from,
        List<Address> to,
        List<Address> cc,
        String subject,
        @Schema(description = "Plain-text body; preferred over html") String text,
        @Schema(description = "HTML body, used (as text) only when there is no plain-text body") String html,
        @Schema(required = true, example = "<CAF=abc.123@mail.example.com>") String messageId,
        String inReplyTo,
        @Schema(description = "The References header: Message-IDs separated by spaces") String references,
        @Schema(description = "Other headers, e.g. Auto-Submitted, Precedence") Map<String, String> headers) {

    public InboundMail {
        to = to == null ? List.of() : to;
        cc = cc == null ? List.of() : cc;
        headers = headers == null ? Map.of() : headers;
    }

    @Schema(name = "MailAddress")
    public record Address(@Schema(required = true) String email, String name) {
    }
}
