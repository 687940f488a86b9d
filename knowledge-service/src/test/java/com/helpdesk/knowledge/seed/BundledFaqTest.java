package com.helpdesk.knowledge.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.Visibility;

class BundledFaqTest {

    @Test
    void theFaqHasAtLeastFortyTopicsInRussianAndEnglish() {
        List<List<BundledArticle>> topics = FaqSeed.bundled();

        assertThat(topics).hasSizeGreaterThanOrEqualTo(40);
        assertThat(topics).allSatisfy(versions -> {
            assertThat(versions).extracting(BundledArticle::language).containsExactly(Language.EN, Language.RU);
            assertThat(versions).allSatisfy(article -> {
                assertThat(article.content().title()).isNotBlank();
                assertThat(article.content().body()).hasSizeGreaterThan(150);
                assertThat(article.content().tags()).isNotEmpty();
                assertThat(article.content().faq()).isTrue();
            });
            assertThat(versions.get(1).content().title()).as("Russian title").containsPattern("[а-яА-Я]");
        });
    }

    @Test
    void frontMatterIsRead() {
        BundledArticle article = BundledArticle.parse("vpn", Language.EN, 7, """
                ---
                title: Connecting to the VPN
                category: it.network
                tags: vpn, remote work
                visibility: internal
                ---
                Start the **client**.
                """);

        assertThat(article.content().title()).isEqualTo("Connecting to the VPN");
        assertThat(article.content().tags()).containsExactly("vpn", "remote work");
        assertThat(article.content().visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(article.content().faqOrder()).isEqualTo(7);
        assertThat(article.content().body()).isEqualTo("Start the **client**.");
        assertThatThrownBy(() -> BundledArticle.parse("x", Language.EN, 1, "no front matter"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
