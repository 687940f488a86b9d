package com.helpdesk.notification.domain;

/** A delivery is PENDING until it was handed over (SENT) or given up after its attempts (FAILED). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
