package com.helpdesk.events.sla;

import com.helpdesk.events.HelpdeskEvent;

/**
 * A ticket's SLA clock, published on {@code helpdesk.sla.events}. The subject is the ticket id and the
 * stream version the ticket version the clock last reacted to.
 */
public sealed interface SlaEvent extends HelpdeskEvent
        permits SlaDeadlinesSet, SlaWarning, SlaBreached, SlaMet, SlaPaused, SlaResumed {
}
