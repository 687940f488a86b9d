package com.helpdesk.sla.domain;

/** A calendar definition that cannot be counted in, e.g. overlapping hours or an unknown time zone. */
public class InvalidCalendar extends IllegalArgumentException {

    public InvalidCalendar(String message) {
        super(message);
    }
}
