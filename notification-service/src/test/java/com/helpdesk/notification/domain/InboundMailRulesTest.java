package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.notification.inbound.InboundSignature;
import com.helpdesk.notification.survey.SurveyToken;

/** The pure rules behind inbound mail and survey links. */
class InboundMailRulesTest {

    private static final String DOMAIN = "helpdesk.localhost";
    private static final String US = "helpdesk@localhost";

    @Test
    void automaticMailIsRecognisedAndAPersonsIsNot() {
        assertThat(AutomaticMail.reason(Map.of("AUTO-SUBMITTED", "auto-replied"), "a@x.org", "<1@x.org>", DOMAIN, US)).isPresent();
        assertThat(AutomaticMail.reason(Map.of("Auto-Submitted", "No"), "a@x.org", "<1@x.org>", DOMAIN, US)).isEmpty();
        assertThat(AutomaticMail.reason(Map.of("Precedence", "bulk"), "a@x.org", "<1@x.org>", DOMAIN, US)).isPresent();
        assertThat(AutomaticMail.reason(Map.of("Precedence", "first-class"), "a@x.org", "<1@x.org>", DOMAIN, US)).isEmpty();
        assertThat(AutomaticMail.reason(Map.of(), "Mailer-Daemon@mx.x.org", "<1@x.org>", DOMAIN, US)).isPresent();
        assertThat(AutomaticMail.reason(Map.of(), "HELPDESK@localhost", "<1@x.org>", DOMAIN, US)).isPresent();
        assertThat(AutomaticMail.reason(Map.of(), "a@x.org", "<event.1@Helpdesk.Localhost>", DOMAIN, US)).isPresent();
        assertThat(AutomaticMail.reason(Map.of(), "a@x.org", "<1@x.org>", DOMAIN, US)).isEmpty();
    }

    @Test
    void aMailNamesItsTicketByNumberOrByOurThreadId() {
        UUID ticket = UUID.randomUUID();
        assertThat(TicketReference.number("Re: Fwd: [HD-2026-000123] VPN")).contains("HD-2026-000123");
        assertThat(TicketReference.number("HD-2026-000123 without brackets")).isEmpty();
        assertThat(TicketReference.messageIds("<b@x>", "<a@x> <b@x>\r\n <c@x>")).containsExactly("<b@x>", "<c@x>", "<a@x>");
        assertThat(TicketReference.threadTicket("<ticket." + ticket + "@" + DOMAIN + ">", DOMAIN)).contains(ticket);
        assertThat(TicketReference.threadTicket("<ticket." + ticket + "@evil.example>", DOMAIN)).isEmpty();
        assertThat(TicketReference.threadTicket("<ticket.nope@" + DOMAIN + ">", DOMAIN)).isEmpty();
    }

    @Test
    void signaturesCoverTimestampAndBodyAndExpire() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String header = InboundSignature.header("s3cret", now.getEpochSecond(), body);
        Duration tolerance = Duration.ofMinutes(5);
        assertThat(InboundSignature.verifies(header, "s3cret", body, now, tolerance)).isTrue();
        assertThat(InboundSignature.verifies(header, "other", body, now, tolerance)).isFalse();
        assertThat(InboundSignature.verifies(header, "s3cret", "{\"a\":2}".getBytes(StandardCharsets.UTF_8), now, tolerance)).isFalse();
        assertThat(InboundSignature.verifies(header, "s3cret", body, now.plus(Duration.ofMinutes(6)), tolerance)).isFalse();
        assertThat(InboundSignature.verifies(header.replace("t=1800000000", "t=1800000001"), "s3cret", body, now, tolerance)).isFalse();
        assertThat(InboundSignature.verifies("t=x,v1=00", "s3cret", body, now, tolerance)).isFalse();
        assertThat(InboundSignature.verifies(null, "s3cret", body, now, tolerance)).isFalse();
    }

    @Test
    void surveyTokensAreOursOrNothing() {
        UUID survey = UUID.randomUUID();
        String token = SurveyToken.of(survey, "k");
        assertThat(SurveyToken.verify(token, "k")).contains(survey);
        assertThat(SurveyToken.verify(token, "other key")).isEmpty();
        assertThat(SurveyToken.verify(UUID.randomUUID() + token.substring(token.indexOf('.')), "k")).isEmpty();
        assertThat(SurveyToken.verify("garbage", "k")).isEmpty();
    }

    @Test
    void mailBodiesBecomeTicketText() {
        assertThat(MailText.fromHtml("<div>Hi<br>there</div><script>x()</script><p>a &lt;b&gt; &amp; c</p>"))
                .isEqualTo("Hi\nthere\na <b> & c");
        assertThat(MailText.body("a\u0000b\r\nc\u0007", 100)).isEqualTo("ab\r\nc");
        assertThat(Language.writtenIn("Не работает")).contains(Language.RU);
        assertThat(Language.writtenIn("Broken")).contains(Language.EN);
        assertThat(Language.writtenIn("123 !")).isEmpty();
    }
}
