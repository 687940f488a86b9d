package com.helpdesk.events.notification;

/** How a notification is delivered. */
public enum NotificationChannel {
    EMAIL, WEBHOOK
}
