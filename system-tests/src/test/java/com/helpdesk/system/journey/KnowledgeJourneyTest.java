package com.helpdesk.system.journey;

import static com.helpdesk.system.stack.Helpdesk.ticket;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.helpdesk.system.stack.Desk;
import com.helpdesk.system.stack.Helpdesk;
import com.helpdesk.system.stack.LocalStack;
import com.helpdesk.system.stack.Mailbox;

/**
 * A ticket that asks what a FAQ article answers gets that article in its acknowledgement: knowledge-service
 * suggests it on TicketCreated, and notification-service includes suggestions that arrive in time.
 */
@Tag("system")
@ExtendWith(LocalStack.class)
class KnowledgeJourneyTest {

    @Test
    void theAcknowledgementSuggestsTheMatchingFaqArticle() {
        try (Desk desk = Desk.open("journey")) {
            String mailbox = desk.mailbox("customer");
            String id = Helpdesk.file(desk.category(), mailbox, "Where can I download my invoices?",
                    "I need the PDF invoice for October from my account");
            try {
                String number = ticket(id).getString("number");
                await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.messagesOf(mailbox).stream()
                        .anyMatch(mail -> String.valueOf(mail.get("subject")).contains(number)
                                && String.valueOf(mail.get("mimeMessage")).contains("Where to download invoices")));
            } finally {
                Helpdesk.closeQuietly(id);
            }
        }
    }
}
