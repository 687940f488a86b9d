package com.helpdesk.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseLettersAndDigitsOnce() {
        assertThat(SearchWords.of("Сброс ПАРОЛЯ: пароля нет! Wi-Fi 5G, ёлка", 10))
                .containsExactly("сброс", "пароля", "нет", "wi", "fi", "5g", "елка");
    }

    @Property
    void whateverIsTypedOnlySafeBoundedWordsComeOut(@ForAll String typed, @ForAll @IntRange(min = 0, max = 20) int limit) {
        List<String> words = SearchWords.of(typed, limit);

        assertThat(words).hasSizeLessThanOrEqualTo(limit).doesNotHaveDuplicates();
        assertThat(words).allSatisfy(word -> {
            assertThat(word.length()).isBetween(2, SearchWords.MAX_WORD_LENGTH);
            assertThat(word.codePoints().allMatch(Character::isLetterOrDigit)).as("only letters and digits: %s", word).isTrue();
        });
    }
}
