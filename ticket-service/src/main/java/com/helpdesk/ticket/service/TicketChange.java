package com.helpdesk.ticket.service;

import java.util.UUID;

import com.helpdesk.ticket.domain.Ticket;

/** A ticket after a command: its id, its state and whether the command changed anything. */
public record TicketChange(UUID id, Ticket ticket, boolean changed) {
}
