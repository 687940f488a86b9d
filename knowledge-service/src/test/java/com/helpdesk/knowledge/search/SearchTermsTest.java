package com.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void allWordsFirstThenAnyThenTheContext() {
        var terms = new SearchTerms(List.of("pasword", "reset"), List.of("password", "reset"), List.of("link", "expired"));

        assertThat(terms.passes()).containsExactly(
                "(pasword | password) & reset",
                "pasword | reset | password",
                "pasword | reset | password | link | expired");
    }

    @Test
    void oneWordNeedsNoSecondPass() {
        assertThat(new SearchTerms(List.of("invoise"), List.of("invoice"), List.of()).passes())
                .containsExactly("(invoise | invoice)");
    }
}
