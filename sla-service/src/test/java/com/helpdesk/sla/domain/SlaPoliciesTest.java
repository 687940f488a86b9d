package com.helpdesk.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;

class SlaPoliciesTest {

    private static final TicketProfile VIP_P1_ACCESS = new TicketProfile(Priority.P1, CustomerTier.VIP, "it.access",
            Channel.EMAIL, "it-l1", false);

    private static final SlaPolicy P1 = policy(1, new PolicyMatch(Priority.P1, null, null, null, null, null));
    private static final SlaPolicy P1_VIP = policy(2, new PolicyMatch(Priority.P1, CustomerTier.VIP, null, null, null, null));
    private static final SlaPolicy P1_IT = policy(3, new PolicyMatch(Priority.P1, null, "it", null, null, null));
    private static final SlaPolicy P1_IT_ACCESS = policy(4, new PolicyMatch(Priority.P1, null, "it.access", null, null, null));
    private static final SlaPolicy EXPIRED = policy(5, new PolicyMatch(null, null, null, null, null, true));

    @Test
    void withoutPoliciesTheDefaultAnswersWithin24Hours() {
        SlaPolicy chosen = new SlaPolicies(List.of()).select(VIP_P1_ACCESS);

        assertThat(chosen).isEqualTo(SlaPolicy.DEFAULT);
        assertThat(chosen.firstResponseMinutes()).isEqualTo(24 * 60);
        assertThat(chosen.calendarId()).isEqualTo("24x7");
    }

    @Test
    void theMostSpecificMatchWins() {
        assertThat(new SlaPolicies(List.of(P1, P1_VIP, SlaPolicy.DEFAULT)).select(VIP_P1_ACCESS)).isEqualTo(P1_VIP);
        assertThat(new SlaPolicies(List.of(P1, P1_VIP)).select(VIP_P1_ACCESS.withPriority(Priority.P2)))
                .isEqualTo(SlaPolicy.DEFAULT);
    }

    @Test
    void aDeeperCategoryPrefixIsMoreSpecific() {
        assertThat(new SlaPolicies(List.of(P1_IT, P1_IT_ACCESS)).select(VIP_P1_ACCESS)).isEqualTo(P1_IT_ACCESS);
        assertThat(new SlaPolicies(List.of(P1_IT, P1_IT_ACCESS)).select(VIP_P1_ACCESS.withCategory("it.hardware")))
                .isEqualTo(P1_IT);
    }

    @Test
    void aCategoryPrefixMatchesWholeSegmentsOnly() {
        assertThat(P1_IT.match().matches(VIP_P1_ACCESS.withCategory("itsm.change"))).isFalse();
        assertThat(P1_IT.match().matches(VIP_P1_ACCESS.withCategory("it"))).isTrue();
        assertThat(P1_IT.match().matches(VIP_P1_ACCESS.withCategory(null))).isFalse();
    }

    @Test
    void anExpiredEntitlementSelectsItsOwnPolicy() {
        TicketProfile expired = new TicketProfile(Priority.P3, CustomerTier.STANDARD, null, Channel.WEB, null, true);

        assertThat(new SlaPolicies(List.of(EXPIRED)).select(expired)).isEqualTo(EXPIRED);
        assertThat(new SlaPolicies(List.of(EXPIRED)).select(VIP_P1_ACCESS)).isEqualTo(SlaPolicy.DEFAULT);
    }

    @Test
    void aStoredCatchAllReplacesTheBuiltInDefault() {
        SlaPolicy catchAll = policy(9, PolicyMatch.ANY);

        assertThat(new SlaPolicies(List.of(SlaPolicy.DEFAULT, catchAll)).select(VIP_P1_ACCESS)).isEqualTo(catchAll);
    }

    private static SlaPolicy policy(int id, PolicyMatch match) {
        return new SlaPolicy(new UUID(1, id), 1, "policy " + id, match, 60L, 120L, 480L, "24x7", 80);
    }
}
