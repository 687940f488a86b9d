package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;

/** With nobody online the ticket waits in its team's queue; the agent coming online takes it. */
@Tag("system")
@ExtendWith(LocalStack.class)
class QueueJourneyTest {

    private static final Duration SECONDS_NOT_MINUTES = Duration.ofSeconds(30);

    @Test
    void queuedWhileNobodyIsOnlineThenAssignedWhenTheAgentComesOnline() {
        try (Desk desk = Desk.open("journey")) {
            String agent = desk.hire("L1", 5);
            String id = Helpdesk.file(desk.category(), desk.mailbox("customer"), "Cannot open the shared drive",
                    "Access denied on the finance share");
            try {
                await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> assertThat(Helpdesk.waitingIn(desk.team())).containsExactly(id));
                assertThat(ticket(id).getString("assigneeId")).isNull();

                desk.online(agent);

                await().atMost(SECONDS_NOT_MINUTES).until(() -> agent.equals(ticket(id).getString("assigneeId")));
                await().atMost(SECONDS_NOT_MINUTES).untilAsserted(() -> assertThat(Helpdesk.waitingIn(desk.team())).isEmpty());
            } finally {
                Helpdesk.closeQuietly(id);
            }
        }
    }
}
