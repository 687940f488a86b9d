package com.helpdesk.sla.store;

import java.util.List;

import com.helpdesk.sla.domain.Transition;

/** A clock as it is after reacting, with the transitions that took it there. */
public record ClockUpdate(StoredClock clock, List<Transition> transitions) {
}
