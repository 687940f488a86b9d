package com.helpdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theFirstLanguageWeWriteInWins() {
        assertThat(Language.preferred("ru-RU", "en")).isEqualTo(Language.RU);
        assertThat(Language.preferred("RU")).isEqualTo(Language.RU);
        assertThat(Language.preferred("ru_RU")).isEqualTo(Language.RU);
        assertThat(Language.preferred("de", "ru")).isEqualTo(Language.RU);
        assertThat(Language.preferred("en-GB", "ru")).isEqualTo(Language.EN);
    }

    @Test
    void englishWhenNothingMatches() {
        assertThat(Language.preferred()).isEqualTo(Language.EN);
        assertThat(Language.preferred(null, " ", "fr")).isEqualTo(Language.EN);
    }
}
