package com.helpdesk.notification.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the test SMTP server received, by recipient: tests use addresses of their own and never reset it. */
public final class Mailbox {

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** Everything received so far, in arrival order. */
    public List<MimeMessage> all() {
        return List.of(server.getReceivedMessages());
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, address))
                .toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
