package com.helpdesk.routing.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.Priority;

class RoutedTicketTest {

    @Test
    void aPriorityChangeKeepsAnSlaRiseThatIsMoreUrgent() {
        RoutedTicket ticket = new RoutedTicket();
        ticket.priority = Priority.P3;
        ticket.queuePriority = Priority.P1; // raised by a breach

        ticket.reprioritize(Priority.P4);
        assertThat(ticket.queuePriority).isEqualTo(Priority.P1);

        ticket.queuePriority = Priority.P4;
        ticket.reprioritize(Priority.P2);
        assertThat(ticket.queuePriority).isEqualTo(Priority.P2);
    }
}
