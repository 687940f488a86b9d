package com.helpdesk.notification.updates;

import static com.helpdesk.notification.testing.MailParts.html;
import static com.helpdesk.notification.testing.MailParts.text;
import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.created;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.events.ticket.AuthorRole;
import com.helpdesk.events.ticket.TicketCommented;
import com.helpdesk.events.ticket.TicketResolved;
import com.helpdesk.events.ticket.Visibility;
import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;

/** After the acknowledgement: public replies and status changes reach the requester, internal notes never. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
class RequesterUpdatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectMailbox
    Mailbox mailbox;

    @InjectTopicPublisher
    TopicPublisher otherServices;

    @Test
    void publicRepliesAndTheResolutionReachTheRequesterInTheirThreadButInternalNotesDoNot() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String olga = address("olga");
        otherServices.publishAs("ticket-service", ticket, created("HD-2026-000200", olga, "Ольга", "ru", "Нет доступа к 1С", null));
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.now().plus(4, ChronoUnit.HOURS)));
        await().atMost(PATIENCE).until(() -> mailbox.to(olga).size() == 1);

        otherServices.publishAs("ticket-service", ticket, comment(AuthorRole.AGENT, Visibility.INTERNAL, "Secret: her boss approved"));
        otherServices.publishAs("ticket-service", ticket, comment(AuthorRole.REQUESTER, Visibility.PUBLIC, "Any news?"));
        otherServices.publishAs("ticket-service", ticket, comment(AuthorRole.AGENT, Visibility.PUBLIC,
                "Перезапустите <b>клиент</b>\nи войдите снова."));
        otherServices.publishAs("ticket-service", ticket, new TicketResolved("fixed", "Права выданы.", null));

        await().atMost(PATIENCE).until(() -> mailbox.to(olga).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> mailbox.to(olga).size() == 3);
        List<MimeMessage> mails = mailbox.to(olga);
        String thread = "<ticket." + ticket + "@helpdesk.localhost>";

        MimeMessage reply = mails.stream().filter(mail -> subject(mail).startsWith("[HD-2026-000200] Re:")).findFirst().orElseThrow();
        assertThat(reply.getSubject()).isEqualTo("[HD-2026-000200] Re: Нет доступа к 1С");
        assertThat(reply.getHeader("In-Reply-To")).containsExactly(thread);
        assertThat(reply.getHeader("References")).containsExactly(thread);
        assertThat(text(reply)).contains("Здравствуйте, Ольга!", "Перезапустите <b>клиент</b>", "и войдите снова.");
        assertThat(html(reply)).contains("Перезапустите &lt;b&gt;клиент&lt;/b&gt;");

        MimeMessage resolved = mails.stream().filter(mail -> subject(mail).contains("Обращение решено")).findFirst().orElseThrow();
        assertThat(text(resolved)).contains("Ваше обращение HD-2026-000200 решено", "Права выданы.");
        assertThat(resolved.getHeader("In-Reply-To")).containsExactly(thread);

        for (MimeMessage mail : mails) {
            assertThat(text(mail)).doesNotContain("Secret", "Any news?");
        }
    }

    private static TicketCommented comment(AuthorRole author, Visibility visibility, String body) {
        return new TicketCommented(UUID.randomUUID(), "someone", author, visibility, body, List.of());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
