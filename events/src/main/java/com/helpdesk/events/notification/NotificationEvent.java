package com.helpdesk.events.notification;

import com.helpdesk.events.HelpdeskEvent;

/**
 * What notification-service tells the desk, on {@code helpdesk.notification.events}: delivery receipts (so the
 * ticket history shows what the customer and agents were told), and what customers sent back by mail or
 * through the survey link. The subject is always the ticket id.
 */
public sealed interface NotificationEvent extends HelpdeskEvent
        permits NotificationSent, NotificationFailed, EmailReceived, SurveyAnswered {
}
