package com.helpdesk.notification.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.helpdesk.events.sla.SlaDeadlinesSet;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketCreated;

/**
 * Events as ticket- and sla-service would write them, for tests to publish through the broker's
 * {@link com.helpdesk.platform.testing.TopicPublisher}.
 */
public final class OtherServices {

    private OtherServices() {
    }

    public static TicketCreated created(String number, String email, String name, String language, String subject,
            String description) {
        return new TicketCreated(number, new Requester("user-" + UUID.randomUUID(), email, name, language), subject,
                description, Channel.WEB, "it.hardware", Priority.P3, language, List.of(), Map.of(), null,
                CustomerTier.STANDARD, "it", SupportLine.L1, null);
    }

    public static SlaDeadlinesSet deadlines(Instant firstResponseDue) {
        return new SlaDeadlinesSet(UUID.randomUUID(), 1, "moscow-office", firstResponseDue, null,
                firstResponseDue.plus(2, ChronoUnit.DAYS), "ticket created");
    }

    /** A fresh address, so a test reads only its own mails from the shared server. */
    public static String address(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }
}
