package com.helpdesk.notification.alerts;

import static com.helpdesk.notification.testing.MailParts.html;
import static com.helpdesk.notification.testing.MailParts.text;
import static com.helpdesk.notification.testing.OtherServices.address;
import static com.helpdesk.notification.testing.OtherServices.deadlines;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.events.Causation;
import com.helpdesk.events.EventEnvelope;
import com.helpdesk.events.HelpdeskEvent;
import com.helpdesk.events.sla.SlaBreached;
import com.helpdesk.events.sla.SlaTarget;
import com.helpdesk.events.sla.SlaWarning;
import com.helpdesk.events.ticket.AssignmentSource;
import com.helpdesk.events.ticket.Channel;
import com.helpdesk.events.ticket.CustomerTier;
import com.helpdesk.events.ticket.Priority;
import com.helpdesk.events.ticket.Requester;
import com.helpdesk.events.ticket.SupportLine;
import com.helpdesk.events.ticket.TicketAssigned;
import com.helpdesk.events.ticket.TicketCreated;
import com.helpdesk.notification.acknowledgement.PendingAcknowledgement;
import com.helpdesk.notification.testing.DirectoryRelay;
import com.helpdesk.notification.testing.DirectoryRelayResource;
import com.helpdesk.notification.testing.InjectMailbox;
import com.helpdesk.notification.testing.Mailbox;
import com.helpdesk.notification.testing.SmtpServerResource;
import com.helpdesk.platform.testing.InjectKeycloak;
import com.helpdesk.platform.testing.InjectTopicPublisher;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.KeycloakResource;
import com.helpdesk.platform.testing.KeycloakServer;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;
import com.helpdesk.platform.testing.TopicPublisher;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails to staff, with the realm's staff in a real Keycloak as the directory: ivan (L1 agent, Russian), olga (L2
 * agent), sam (supervisor and agent, English) and ada (admin and supervisor).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(SmtpServerResource.class)
@WithTestResource(KeycloakResource.class)
@WithTestResource(DirectoryRelayResource.class)
class StaffAlertsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String IVAN = "a0000000-0000-4000-8000-000000000001";
    private static final String OLGA = "a0000000-0000-4000-8000-000000000002";
    private static final String SAM = "a0000000-0000-4000-8000-000000000003";
    private static final String IVAN_MAIL = "ivan@helpdesk.example";
    private static final String OLGA_MAIL = "olga@helpdesk.example";
    private static final String SAM_MAIL = "sam@helpdesk.example";
    private static final String ADA_MAIL = "ada@helpdesk.example";

    @InjectMailbox
    Mailbox mailbox;
    @InjectKeycloak
    KeycloakServer keycloak;
    DirectoryRelay directory;

    @InjectTopicPublisher
    TopicPublisher otherServices;
    private final List<String> usersAdded = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        directory.restore();
        usersAdded.forEach(id -> given().auth().oauth2(keycloak.adminToken())
                .delete(keycloak.adminUrl() + "/users/" + id).then().statusCode(204));
        usersAdded.clear();
    }

    @Test
    void anAssignmentReachesTheAgentInTheirLanguage() throws Exception {
        String number = number();
        String ticket = ticket("it-support", number, "Принтер <b>не</b> печатает");
        otherServices.publishAs("sla-service", ticket, deadlines(Instant.parse("2026-11-25T12:00:00Z")));
        // the deadline comes on another topic: let it arrive before the assignment, which names it
        await().atMost(PATIENCE).until(() -> ReactiveDatabase.inSession(() -> PendingAcknowledgement
                .<PendingAcknowledgement>findById(UUID.fromString(ticket))), // no row until either event arrives
                acknowledgement -> acknowledgement != null && acknowledgement.firstResponseDue != null);
        EventEnvelope<TicketAssigned> assigned = byRouting(ticket, assignment(IVAN, "it-support", SupportLine.L1));
        otherServices.publish(assigned);

        MimeMessage mail = awaitOne(IVAN_MAIL, number);
        assertThat(mail.getSubject()).isEqualTo("[" + number + "] Вам назначено обращение: Принтер <b>не</b> печатает");
        assertThat(text(mail)).contains("Здравствуйте, Ivan!", "Вам назначено обращение " + number, "P3", "it-support",
                "L1", "Первый ответ нужен до 25 ноября 2026, 15:00 (Москва, UTC+03:00)");
        assertThat(html(mail)).contains("Принтер &lt;b&gt;не&lt;/b&gt; печатает").doesNotContain("<b>не</b>");
        assertThat(mail.getHeader("Message-ID")).containsExactly("<event." + assigned.id() + "@helpdesk.localhost>");
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<ticket." + ticket + "@helpdesk.localhost>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mailsAbout(OLGA_MAIL, number)).isEmpty();
    }

    @Test
    void anAgentWhoTakesATicketThemselvesIsNotToldOfIt() {
        String number = number();
        String ticket = ticket("it-support", number, "VPN drops every hour");
        otherServices.publish(EventEnvelope.of(URI.create("/helpdesk/ticket-service"), ticket, 2,
                Causation.startedBy(OLGA), assignment(OLGA, "it-support", SupportLine.L2)));
        // handed on by routing afterwards: consumed after the first, so its mail shows the first was consumed too
        otherServices.publish(byRouting(ticket, assignment(IVAN, "it-support", SupportLine.L1)));

        awaitOne(IVAN_MAIL, number);
        assertThat(mailsAbout(OLGA_MAIL, number)).isEmpty();
    }

    @Test
    void anSlaWarningReachesTheAssigneeAndEverySupervisorOnceEvenWhenRedelivered() throws Exception {
        String number = number();
        String ticket = ticket("it-support", number, "Mailbox full");
        otherServices.publish(byRouting(ticket, assignment(IVAN, "it-support", SupportLine.L1)));
        awaitOne(IVAN_MAIL, number);

        EventEnvelope<SlaWarning> warning = bySla(ticket,
                new SlaWarning(SlaTarget.FIRST_RESPONSE, Instant.parse("2026-11-25T09:30:00Z"), 80));
        otherServices.publish(warning);
        otherServices.publish(warning); // redelivered

        MimeMessage toSam = awaitOne(SAM_MAIL, number);
        MimeMessage toAda = awaitOne(ADA_MAIL, number);
        await().atMost(PATIENCE).until(() -> mailsAbout(IVAN_MAIL, number).size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(1)).until(() -> mailsAbout(IVAN_MAIL, number).size() == 2
                && mailsAbout(SAM_MAIL, number).size() == 1 && mailsAbout(ADA_MAIL, number).size() == 1);

        assertThat(toSam.getSubject()).isEqualTo("[" + number + "] SLA warning: 80 % of the first response time used: Mailbox full");
        assertThat(text(toSam)).contains("Hello Sam,", "used 80 % of its first response time: due at 25 November 2026, 12:30 (Moscow Time, UTC+03:00)",
                "Assignee: Ivan Agent", "Team:     it-support");
        assertThat(toAda.getSubject()).isEqualTo(toSam.getSubject());
        MimeMessage toIvan = mailsAbout(IVAN_MAIL, number).stream().filter(mail -> subject(mail).contains("SLA")).findFirst().orElseThrow();
        assertThat(toIvan.getSubject()).isEqualTo("[" + number + "] SLA: израсходовано 80 % времени на первый ответ: Mailbox full");
        assertThat(text(toIvan)).contains("Исполнитель: вы", "срок — 25 ноября 2026, 12:30");
        assertThat(toIvan.getHeader("Message-ID")).containsExactly("<event." + warning.id() + "@helpdesk.localhost>");
    }

    @Test
    void aBreachOfAnUnassignedTicketReachesTheSupervisorsOnly() throws Exception {
        String number = number();
        String ticket = ticket("it-support", number, "Payroll export fails");
        otherServices.publish(bySla(ticket, new SlaBreached(SlaTarget.RESOLUTION, Instant.parse("2026-11-25T15:00:00Z"))));

        MimeMessage toSam = awaitOne(SAM_MAIL, number);
        awaitOne(ADA_MAIL, number);
        assertThat(toSam.getSubject()).isEqualTo("[" + number + "] SLA breached: resolution overdue: Payroll export fails");
        assertThat(text(toSam)).contains("the resolution deadline of ticket " + number
                + " has passed: overdue since 25 November 2026, 18:00 (Moscow Time, UTC+03:00)",
                "Assignee: nobody, the ticket waits in its queue");
        assertThat(mailsAbout(IVAN_MAIL, number)).isEmpty();
        assertThat(mailsAbout(OLGA_MAIL, number)).isEmpty();
    }

    @Test
    void aSupervisorWhoHoldsTheTicketIsToldOnce() throws Exception {
        String number = number();
        String ticket = ticket("it-support", number, "Laptop will not boot");
        otherServices.publish(byRouting(ticket, assignment(SAM, "it-support", SupportLine.L1)));
        awaitOne(SAM_MAIL, number);

        otherServices.publish(bySla(ticket, new SlaBreached(SlaTarget.FIRST_RESPONSE, Instant.now())));
        awaitOne(ADA_MAIL, number);
        await().atMost(PATIENCE).until(() -> mailsAbout(SAM_MAIL, number).size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(1)).until(() -> mailsAbout(SAM_MAIL, number).size() == 2);
        MimeMessage breach = mailsAbout(SAM_MAIL, number).stream().filter(mail -> subject(mail).contains("SLA")).findFirst().orElseThrow();
        assertThat(text(breach)).contains("Assignee: you");
    }

    @Test
    void aSupervisorOfOtherTeamsIsNotToldOfThisOne() throws Exception {
        String hrSupervisor = address("hr-lead");
        addSupervisor(hrSupervisor, "Hanna", List.of("hr", "billing"), "ru");
        String hrNumber = number();
        String itNumber = number();
        String hrTicket = ticket("hr", hrNumber, "Leave request lost");
        String itTicket = ticket("it-support", itNumber, "Printer jammed");

        // published right after the tickets, on another topic: they may well be consumed before them
        otherServices.publish(bySla(hrTicket, new SlaBreached(SlaTarget.FIRST_RESPONSE, Instant.now())));
        otherServices.publish(bySla(itTicket, new SlaBreached(SlaTarget.FIRST_RESPONSE, Instant.now())));

        MimeMessage toHanna = awaitOne(hrSupervisor, hrNumber);
        assertThat(text(toHanna)).contains("Здравствуйте, Hanna!", "первый ответ просрочен");
        awaitOne(SAM_MAIL, hrNumber);
        awaitOne(SAM_MAIL, itNumber);
        awaitOne(ADA_MAIL, itNumber);
        await().during(QUIET).atMost(QUIET.plusSeconds(1)).until(() -> mailsAbout(hrSupervisor, itNumber).isEmpty());
    }

    @Test
    void anAlertWaitsWhileTheDirectoryIsUnreachableAndIsSentOnceItAnswersAgain() throws Exception {
        directory.hang();
        String number = number();
        String customer = address("customer");
        String ticket = UUID.randomUUID().toString();
        otherServices.publishAs("ticket-service", ticket, created(number, customer, "it-support", "Keyboard missing keys"));
        EventEnvelope<TicketAssigned> assigned = byRouting(ticket, assignment(IVAN, "it-support", SupportLine.L1));
        otherServices.publish(assigned);

        await().atMost(PATIENCE).until(() -> {
            StaffAlert alert = alert(assigned.id());
            return alert != null && alert.attempts >= 2 && alert.lastError != null;
        });
        StaffAlert waiting = alert(assigned.id());
        assertThat(waiting.preparedAt).isNull();
        assertThat(waiting.lastError).startsWith("staff directory:");
        // the requester's acknowledgement does not wait for the directory
        await().atMost(PATIENCE).until(() -> mailbox.to(customer).size() == 1);
        assertThat(alert(assigned.id()).preparedAt).isNull();
        assertThat(mailsAbout(IVAN_MAIL, number)).isEmpty();

        directory.restore();
        awaitOne(IVAN_MAIL, number);
        assertThat(alert(assigned.id()).preparedAt).isNotNull();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Files a ticket of {@code team} (no requester mail is asserted here) and returns its id. */
    private String ticket(String team, String number, String subject) {
        String ticket = UUID.randomUUID().toString();
        otherServices.publishAs("ticket-service", ticket, created(number, address("requester"), team, subject));
        return ticket;
    }

    private static TicketCreated created(String number, String requester, String team, String subject) {
        return new TicketCreated(number, new Requester("user-" + UUID.randomUUID(), requester, "Requester", "en"),
                subject, null, Channel.WEB, "it.hardware", Priority.P3, "en", List.of(), Map.of(), null,
                CustomerTier.STANDARD, team, SupportLine.L1, null);
    }

    private static TicketAssigned assignment(String agent, String team, SupportLine line) {
        return new TicketAssigned(agent, team, line, AssignmentSource.ROUTING, UUID.randomUUID());
    }

    /** As ticket-service publishes routing's decision: its own service actor, not the agent. */
    private static <E extends HelpdeskEvent> EventEnvelope<E> byRouting(String ticket, E event) {
        return EventEnvelope.of(URI.create("/helpdesk/ticket-service"), ticket, 2,
                Causation.startedBy("service:ticket-service"), event);
    }

    private static <E extends HelpdeskEvent> EventEnvelope<E> bySla(String ticket, E event) {
        return EventEnvelope.of(URI.create("/helpdesk/sla-service"), ticket, 2, Causation.startedBy("service:sla-service"),
                event);
    }

    /** A supervisor added to the realm for one test, through Keycloak's Admin API. */
    private void addSupervisor(String email, String firstName, List<String> teams, String locale) {
        String token = keycloak.adminToken();
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("username", email, "email", email, "firstName", firstName, "lastName", "Lead",
                        "enabled", true, "attributes", Map.of("teams", teams, "locale", List.of(locale))))
                .post(keycloak.adminUrl() + "/users")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        usersAdded.add(id);
        Map<String, Object> role = given().auth().oauth2(token).get(keycloak.adminUrl() + "/roles/supervisor")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of(role))
                .post(keycloak.adminUrl() + "/users/" + id + "/role-mappings/realm")
                .then().statusCode(204);
    }

    private MimeMessage awaitOne(String address, String number) {
        await().atMost(PATIENCE).until(() -> !mailsAbout(address, number).isEmpty());
        await().during(QUIET).atMost(QUIET.plusSeconds(1)).until(() -> mailsAbout(address, number).size() <= 1);
        return mailsAbout(address, number).get(0);
    }

    private List<MimeMessage> mailsAbout(String address, String number) {
        return mailbox.to(address).stream().filter(mail -> subject(mail).startsWith("[" + number + "]")).toList();
    }

    private static StaffAlert alert(UUID causeEventId) {
        return ReactiveDatabase.inSession(() -> StaffAlert.findById(causeEventId));
    }

    private static String number() {
        return "HD-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
