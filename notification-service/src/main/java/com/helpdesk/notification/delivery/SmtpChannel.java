package com.helpdesk.notification.delivery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.EmailAddress;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;

/** Hands a delivery to the SMTP server configured by {@code quarkus.mailer.*}. */
@ApplicationScoped
public class SmtpChannel {

    private final ReactiveMailer mailer;
    /**
     * Half the claim's lease: a send that hangs is abandoned (and retried) well before another sender may
     * claim the delivery, so no two senders ever talk to the server about one delivery at once.
     */
    private final Duration sendTimeout;

    SmtpChannel(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.sendTimeout = config.sender().lease().dividedBy(2);
    }

    /** Completes once the server accepted the mail; fails with {@link Refused} when retrying cannot help. */
    Uni<Void> send(Delivery delivery) {
        if (!EmailAddress.isDeliverable(delivery.recipient)) {
            return Uni.createFrom().failure(new Refused("not a deliverable e-mail address"));
        }
        // Only the bare address goes into To: a display name, which users choose, never reaches a header.
        Mail mail = Mail.withHtml(delivery.recipient, delivery.subject, delivery.htmlBody)
                .setText(delivery.textBody)
                .addHeader("Message-ID", delivery.messageId)
                .addHeader("Auto-Submitted", "auto-generated");
        if (delivery.inReplyTo != null) {
            mail.addHeader("In-Reply-To", delivery.inReplyTo).addHeader("References", delivery.inReplyTo);
        }
        return mailer.send(mail)
                .ifNoItem().after(sendTimeout).fail()
                .onFailure(SMTPException.class::isInstance).transform(failure -> ((SMTPException) failure).isPermanent()
                        ? new Refused(failure.getMessage())
                        : failure);
    }

    /** The address or the mail was refused for good (an SMTP 5xx reply, or an address we cannot use). */
    static final class Refused extends RuntimeException {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
