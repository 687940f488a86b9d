package com.helpdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;

/** Given events, when a command, expect events — no infrastructure. */
class TicketTest {

    private static final NewTicket PRINTER_JAM = new NewTicket(
            new Requester("alice-id", "alice@example.com", "Alice", "en"), "Printer jam", "Tray 2 is stuck",
            Channel.WEB, "it.hardware", Priority.P3, "en", List.of("printer"), Map.of("floor", "3"), null,
            CustomerTier.STANDARD, "alice-id");

    @Test
    void openingANewTicketCreatesItAtL1() {
        var events = Ticket.open(Ticket.NONE, PRINTER_JAM, "HD-2026-000001");

        assertThat(events).singleElement().isInstanceOfSatisfying(TicketCreated.class, created -> {
            assertThat(created.number()).isEqualTo("HD-2026-000001");
            assertThat(created.line()).isEqualTo(SupportLine.L1);
            assertThat(created.tags()).containsExactly("printer");
        });
        Ticket opened = Ticket.replay(events);
        assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
        assertThat(opened.version()).isEqualTo(1);
    }

    @Test
    void aTicketCannotBeOpenedTwice() {
        Ticket existing = Ticket.replay(Ticket.open(Ticket.NONE, PRINTER_JAM, "HD-2026-000001"));

        assertThatThrownBy(() -> Ticket.open(existing, PRINTER_JAM, "HD-2026-000002"))
                .isInstanceOfSatisfying(TicketRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("ticket-exists"));
    }
}
