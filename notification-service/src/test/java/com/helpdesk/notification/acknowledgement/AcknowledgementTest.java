package com.helpdesk.notification.acknowledgement;

import static com.helpdesk.notification.testing.MailParts.html;
import static com.helpdesk.notification.testing.MailParts.text;
import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.Topic;
import com.helpdesk.events.knowledge.ArticlesSuggested;
import com.helpdesk.events.knowledge.SuggestedArticle;
import com.helpdesk.events.notification.NotificationChannel;
import com.helpdesk.events.notification.NotificationSent;
import com.helpdesk.notification.domain.Language;
import com.helpdesk.notification.domain.MailDates;
import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectKafkaBroker;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaBroker;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicRecorder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;

/**
 * Tickets, deadlines and suggestions put on the real broker as the other services' relays would; the
 * acknowledgement read back from a real SMTP server's mailbox, its receipt from the real topic.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class AcknowledgementTest {

    /** The test profile's acknowledgement-wait. */
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @InjectKafkaBroker
    KafkaBroker kafka;
    @InjectMailbox
    Mailbox mailbox;

    @InjectTopicPublisher
    TopicPublisher otherServices;

    @Test
    void englishAcknowledgementPromisesTheSlaDueTimeAndOffersSuggestedArticles() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String alice = address("alice");
        Instant due = Instant.parse("2026-11-25T12:00:00Z");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000123", alice, "Alice", "en", "Cannot print",
                "The office printer on floor 3 shows error 49 and prints nothing since this morning."));
        otherServices.publishAs("knowledge-service", ticket, new ArticlesSuggested(List.of(
                new SuggestedArticle(UUID.randomUUID(), "Printer error 49", "en", "/kb/printer-error-49", 0.9),
                new SuggestedArticle(UUID.randomUUID(), "Sneaky", "en", "javascript:alert(1)", 0.5))));
        await().atMost(PATIENCE).until(() -> !suggestionsPending(ticket));
        otherServices.publishAs("sla-service", ticket, deadlines(due));

        MimeMessage mail = theOnlyMailTo(alice);
        assertThat(mail.getSubject()).isEqualTo("[HD-2026-000123] We have received your request: Cannot print");
        assertThat(mail.getHeader("Message-ID")).containsExactly("<ticket." + ticket + "@helpdesk.localhost>");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("helpdesk@localhost");
        String expected = "25 November 2026, 15:00 (Moscow Time, UTC+03:00)";
        assertThat(MailDates.format(due, MOSCOW, Language.EN)).isEqualTo(expected);
        assertThat(text(mail)).contains("Dear Alice,", "HD-2026-000123", "error 49",
                "You can expect a first answer by " + expected,
                "Printer error 49: http://localhost:8085/kb/printer-error-49")
                .doesNotContain("javascript");
        assertThat(html(mail)).contains("<html lang=\"en\">", "<title>HD-2026-000123</title>", "<strong>" + expected + "</strong>",
                "<a href=\"http://localhost:8085/kb/printer-error-49\">Printer error 49</a>", "<p>Your Helpdesk</p>")
                .doesNotContain("javascript");
    }

    @Test
    void suggestionsThatComeAfterTheDeadlineStillMakeItIntoTheAcknowledgement() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String bruno = address("bruno");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000124", bruno, "Bruno", "en", "Invoice missing",
                "Where can I download the October invoice?"));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.parse("2026-11-25T12:00:00Z")));
        await().atMost(PATIENCE).until(() -> deadlineKnown(ticket));
        otherServices.publishAs("knowledge-service", ticket, new ArticlesSuggested(List.of(
                new SuggestedArticle(UUID.randomUUID(), "Where to download invoices", "en", "/kb/invoices", 0.8))));

        assertThat(text(theOnlyMailTo(bruno))).contains("Where to download invoices: http://localhost:8085/kb/invoices");
    }

    @Test
    void russianAcknowledgementWhenTheDeadlineArrivesBeforeTheTicket() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String ivan = address("ivan");
        Instant due = Instant.parse("2026-11-25T06:30:00Z");
        otherServices.publishAs("sla-service", ticket, deadlines(due));
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000124", ivan, "Иван", "ru-RU", "Не работает VPN",
                "С утра не подключается VPN."));

        MimeMessage mail = theOnlyMailTo(ivan);
        assertThat(mail.getSubject()).isEqualTo("[HD-2026-000124] Ваше обращение принято: Не работает VPN");
        assertThat(text(mail)).contains("Здравствуйте, Иван!", "Первый ответ вы получите до 25 ноября 2026, 09:30");
        assertThat(html(mail)).contains("<html lang=\"ru\">", "25 ноября 2026, 09:30", "<p>Служба поддержки Helpdesk</p>");
    }

    @Test
    void withoutADeadlineTheAcknowledgementLeavesAtItsSendByTimeNotLater() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String bob = address("bob");
        Instant published = Instant.now();
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000125", bob, null, null, "Need a new mouse", null));

        MimeMessage mail = theOnlyMailTo(bob);
        Instant arrived = Instant.now();
        assertThat(Duration.between(published, arrived)).isGreaterThanOrEqualTo(WAIT)
                .isLessThan(WAIT.plusSeconds(10));
        assertThat(text(mail)).contains("Hello,", "We will answer as soon as possible")
                .doesNotContain("You can expect a first answer");
    }

    @Test
    void userTextIsEscapedAndCannotAddHeadersOrRecipients() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String eve = address("eve");
        String subject = "<script>alert('x')</script> & <b>bold</b>\r\nBcc: victim@example.com";
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000126", eve, "Eve\r\nBcc: victim@example.com", "en",
                subject, "<img src=x onerror=alert(1)>"));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(1, ChronoUnit.DAYS)));

        MimeMessage mail = theOnlyMailTo(eve);
        assertThat(mail.getSubject()).isEqualTo(
                "[HD-2026-000126] We have received your request: <script>alert('x')</script> & <b>bold</b> Bcc: victim@example.com");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mailbox.to("victim@example.com")).isEmpty();
        assertThat(html(mail)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script>", "<img", "<b>bold");
    }

    @Test
    void aRedeliveredTicketCreatedSendsNothingMoreAndOneReceiptIsPublished() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String carol = address("carol");
        var created = TopicPublisher.asPublishedBy("ticket-service", ticket, created("HD-2026-000127", carol, "Carol", "en", "Locked out", null));
        otherServices.publish(created);
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        theOnlyMailTo(carol);
        otherServices.publish(created);

        try (var receipts = new TopicRecorder(kafka.bootstrapServers(), Topic.NOTIFICATION.topicName())) {
            await().atMost(PATIENCE).until(() -> !receipts.events(ticket::equals).isEmpty());
            await().during(WAIT.plusSeconds(1)).atMost(WAIT.plusSeconds(5)).until(() -> mailbox.to(carol).size() == 1
                    && receipts.events(ticket::equals).size() == 1);
            var receipt = receipts.events(ticket::equals).get(0);
            assertThat(receipt.causationId()).isEqualTo(created.id());
            assertThat(receipt.correlationId()).isEqualTo(created.correlationId());
            assertThat(receipt.data()).isInstanceOfSatisfying(NotificationSent.class, sent -> {
                assertThat(sent.template()).isEqualTo("acknowledgement");
                assertThat(sent.causeEventId()).isEqualTo(created.id());
                assertThat(sent.channel()).isEqualTo(NotificationChannel.EMAIL);
                assertThat(sent.recipient()).isEqualTo(carol);
                assertThat(sent.messageId()).isEqualTo("<ticket." + ticket + "@helpdesk.localhost>");
            });
        }
    }

    private MimeMessage theOnlyMailTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        List<MimeMessage> mails = mailbox.to(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static boolean suggestionsPending(String ticket) {
        return ReactiveDatabase.inSession(() -> PendingAcknowledgement
                .<PendingAcknowledgement>findById(UUID.fromString(ticket))
                .map(row -> row == null || "[]".equals(row.articles)));
    }

    private static boolean deadlineKnown(String ticket) {
        return ReactiveDatabase.inSession(() -> PendingAcknowledgement
                .<PendingAcknowledgement>findById(UUID.fromString(ticket))
                .map(row -> row != null && row.slaKnown));
    }
}
