package com.helpdesk.notification.delivery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.notification.config.NotificationConfig;
import com.helpdesk.notification.domain.EmailAddress;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;

/** Hands a delivery to the SMTP server configured by {@code quarkus.mailer.*}. */
@ApplicationScoped
public class SmtpChannel implements DeliveryChannel {

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

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    /** Completes once the server accepted the mail; fails with a permanent {@link Failure} when retrying cannot help. */
    @Override
    public Uni<Integer> send(Delivery delivery) {
        if (!EmailAddress.isDeliverable(delivery.recipient)) {
            return Uni.createFrom().failure(new Failure("not a deliverable e-mail address", 0, true));
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
                        ? new Failure(failure.getMessage(), 0, true)
                        : failure)
                .replaceWith(0);
    }
}
