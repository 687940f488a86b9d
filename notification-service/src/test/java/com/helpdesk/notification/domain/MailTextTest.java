package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void aHeaderValueKeepsToOneLine() {
        assertThat(MailText.singleLine("Printer\r\nBcc: victim@example.com\u0085\u2028x\t y"))
                .isEqualTo("Printer Bcc: victim@example.com x y");
        assertThat(MailText.singleLine("  \n padded \n ")).isEqualTo("padded");
        assertThat(MailText.singleLine(null)).isEmpty();
    }

    @Test
    void aSummaryIsCutAtAWordAndMarked() {
        assertThat(MailText.summary("short", 300)).isEqualTo("short");
        assertThat(MailText.summary("The printer on the third floor is broken", 20)).isEqualTo("The printer on the…");
        assertThat(MailText.summary("The printer on floor three is broken", 20)).isEqualTo("The printer on floo…");
        assertThat(MailText.summary("Averyveryverylongwordwithoutspaces", 10)).isEqualTo("Averyvery…");
        assertThat(MailText.summary(null, 10)).isEmpty();
    }

    @Test
    void aSummaryNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "😀".repeat(10);
        assertThat(MailText.summary(emoji, 6)).isEqualTo("😀😀…");
    }
}
