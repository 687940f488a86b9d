package com.helpdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaMet;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.Priority;

class CategoryPatternTest {

    @Test
    void aSubtreeCoversItsRootAndDescendantsOnly() {
        CategoryPattern billing = new CategoryPattern("billing.*");
        assertThat(billing.matches("billing")).isTrue();
        assertThat(billing.matches("billing.invoice")).isTrue();
        assertThat(billing.matches("billing.invoice.vat")).isTrue();
        assertThat(billing.matches("billingx.invoice")).isFalse();
        assertThat(billing.matches(null)).isFalse();
        assertThat(new CategoryPattern("*").matches("hr.leave")).isTrue();
        assertThat(new CategoryPattern("it.access").matches("it.access.vpn")).isFalse();
        assertThatThrownBy(() -> new CategoryPattern("billing*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTeamCoveringACategoryMostSpecificallyOwnsIt() {
        Team everything = new Team("front-desk", "Front desk", List.of(new CategoryPattern("*")));
        Team billing = new Team("billing", "Billing", List.of(new CategoryPattern("billing.*")));
        Team refunds = new Team("refunds", "Refunds", List.of(new CategoryPattern("billing.refund")));
        List<Team> teams = List.of(everything, billing, refunds);

        assertThat(Team.owning("billing.refund", teams)).contains(refunds);
        assertThat(Team.owning("billing.invoice", teams)).contains(billing);
        assertThat(Team.owning("hr.leave", teams)).contains(everything);
        assertThat(Team.owning("hr.leave", List.of(billing))).isEmpty();
    }

    @Test
    void anSlaWarningRaisesAWaitingTicketOneStepAndABreachToTheTop() {
        var due = java.time.Instant.parse("2026-11-24T09:00:00Z");
        assertThat(QueuePriority.after(Priority.P3, new SlaWarning(SlaTarget.FIRST_RESPONSE, due, 80))).isEqualTo(Priority.P2);
        assertThat(QueuePriority.after(Priority.P1, new SlaWarning(SlaTarget.FIRST_RESPONSE, due, 80))).isEqualTo(Priority.P1);
        assertThat(QueuePriority.after(Priority.P4, new SlaBreached(SlaTarget.RESOLUTION, due))).isEqualTo(Priority.P1);
        assertThat(QueuePriority.after(Priority.P4, new SlaMet(SlaTarget.RESOLUTION, due, due))).isEqualTo(Priority.P4);
    }
}
