package com.helpdesk.notification.delivery;

import com.helpdesk.events.notification.NotificationChannel;

import io.smallrye.mutiny.Uni;

/** A way of handing a delivery to its receiver: the mail server, or another system's webhook endpoint. */
public interface DeliveryChannel {

    NotificationChannel channel();

    /**
     * Completes once the receiver accepted the delivery, with its status code when the protocol has one worth
     * logging (HTTP), else 0. Fails with {@link Failure} to say more than "try again later".
     */
    Uni<Integer> send(Delivery delivery);

    /**
     * An attempt that failed, with the receiver's status code (0 if none) and whether retrying cannot help
     * (an SMTP 5xx, an unusable address, a disabled webhook subscription).
     */
    final class Failure extends RuntimeException {

        private final int status;
        private final boolean permanent;

        public Failure(String reason, int status, boolean permanent) {
            super(reason, null, false, false);
            this.status = status;
            this.permanent = permanent;
        }

        public int status() {
            return status;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
