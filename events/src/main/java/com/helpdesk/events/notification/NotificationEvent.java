package com.helpdesk.events.notification;

import com.helpdesk.events.HelpdeskEvent;

/**
 * Delivery receipts, published on {@code helpdesk.notification.events} so the ticket history shows what
 * the customer and agents were told. The subject is the ticket id the notification was about.
 */
public sealed interface NotificationEvent extends HelpdeskEvent
        permits NotificationSent, NotificationFailed {
}
