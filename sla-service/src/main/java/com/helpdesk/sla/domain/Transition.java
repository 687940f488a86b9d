package com.helpdesk.sla.domain;

/** One entry of a clock's timeline: the change, what caused it, and which rules it was computed with. */
public record Transition(Cause cause, PolicyRef policy, CalendarRef calendar, ClockChange change) {
}
