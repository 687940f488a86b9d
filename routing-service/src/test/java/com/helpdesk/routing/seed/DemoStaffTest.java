package com.helpdesk.routing.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.routing.Desk;
import com.helpdesk.routing.store.StoredTeam;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class DemoStaffTest {

    private static final String IVAN = "a0000000-0000-4000-8000-000000000001";
    private static final String SAM = "a0000000-0000-4000-8000-000000000003";

    @Inject
    DemoStaff demo;

    @Test
    void theDemoDeskUsesTheRealmsFixedIdsAndSeedingTwiceChangesNothing() {
        ReactiveDatabase.inSession(demo::ensure);
        ReactiveDatabase.inSession(demo::ensure);

        assertThat(Desk.agent(IVAN).line).isEqualTo(SupportLine.L1);
        assertThat(Desk.agent(SAM).line).isEqualTo(SupportLine.L3);
        assertThat(ReactiveDatabase.inSession(() -> StoredTeam.<StoredTeam>findById("billing")).categories)
                .containsExactly("billing.*");
    }
}
