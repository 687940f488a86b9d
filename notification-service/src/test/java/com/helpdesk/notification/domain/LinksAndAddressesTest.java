package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LinksAndAddressesTest {

    private static final URI KB = URI.create("https://help.example.com");

    @Test
    void articleLinksResolveAgainstTheKnowledgeBaseAndOnlyHttpSurvives() {
        assertThat(ArticleLink.of("Reset", "/kb/reset", KB)).contains(new ArticleLink("Reset", "https://help.example.com/kb/reset"));
        assertThat(ArticleLink.of("Other", "http://other.example.com/a", KB)).get()
                .extracting(ArticleLink::url).isEqualTo("http://other.example.com/a");
        assertThat(ArticleLink.of("XSS", "javascript:alert(1)", KB)).isEmpty();
        assertThat(ArticleLink.of("Data", "data:text/html,<script>", KB)).isEmpty();
        assertThat(ArticleLink.of("Broken", "http://[::1", KB)).isEmpty();
        assertThat(ArticleLink.of(" ", "/kb/x", KB)).isEmpty();
        assertThat(ArticleLink.of("Two\nlines", "/kb/x", KB)).get().extracting(ArticleLink::title).isEqualTo("Two lines");
    }

    @Test
    void onlyPlainAddressesAreDeliverable() {
        assertThat(EmailAddress.isDeliverable("alice@example.com")).isTrue();
        assertThat(EmailAddress.isDeliverable("first.last+tag@mail.example.co.uk")).isTrue();
        assertThat(EmailAddress.isDeliverable("helpdesk@localhost")).isTrue();
        assertThat(EmailAddress.isDeliverable("a@example.com\r\nBcc: b@example.com")).isFalse();
        assertThat(EmailAddress.isDeliverable("Alice <alice@example.com>")).isFalse();
        assertThat(EmailAddress.isDeliverable("a@example.com, b@example.com")).isFalse();
        assertThat(EmailAddress.isDeliverable("no-at-sign")).isFalse();
        assertThat(EmailAddress.isDeliverable(null)).isFalse();
    }

    @Test
    void datesNameTheirZoneInTheMailsLanguage() {
        Instant due = Instant.parse("2026-11-25T12:00:00Z");
        assertThat(MailDates.format(due, ZoneId.of("Europe/Moscow"), Language.RU))
                .isEqualTo("25 ноября 2026, 15:00 (Москва, UTC+03:00)");
        assertThat(MailDates.format(due, ZoneId.of("UTC"), Language.EN)).startsWith("25 November 2026, 12:00 (")
                .endsWith(", UTC)");
    }

    @Test
    void theAcknowledgementOpensTheTicketsThread() {
        UUID ticket = UUID.fromString("00000000-0000-0000-0000-000000000123");
        assertThat(MessageIds.thread(ticket, "helpdesk.example.com"))
                .isEqualTo("<ticket.00000000-0000-0000-0000-000000000123@helpdesk.example.com>");
    }
}
