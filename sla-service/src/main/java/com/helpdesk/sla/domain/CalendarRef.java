package com.helpdesk.sla.domain;

/** Which version of a calendar a computation used. */
public record CalendarRef(String id, int version) {
}
