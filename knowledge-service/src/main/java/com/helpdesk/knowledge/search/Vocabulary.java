package com.helpdesk.knowledge.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.helpdesk.knowledge.content.ArticleBody;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.SearchWords;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The words published articles use, per language, for typo tolerance: a query word no article contains is
 * replaced by the most similar word that one does (pg_trgm similarity over a trigram index), as the
 * PostgreSQL documentation suggests for spelling correction with full-text search. Only words of about
 * the same length qualify (a typo adds, drops or changes a letter), so that an unknown word is not
 * "corrected" into an unrelated one that merely shares a few trigrams ("xylophone" is not "phone").
 */
@ApplicationScoped
public class Vocabulary {

    /** Below this length a one-letter typo changes too large a share of the word to guess it well. */
    static final int MIN_CORRECTABLE_LENGTH = 4;
    /** Bounds the work per publication; article bodies beyond this many distinct words add little. */
    static final int MAX_WORDS_PER_ARTICLE = 5_000;

    private static final String LEARN = """
            insert into kb_word (locale, word)
            select :locale, word from regexp_split_to_table(:words, ' ') as word
            on conflict do nothing""";
    private static final String CORRECT = """
            select coalesce(
                (select known.word from kb_word known where known.locale = :locale and known.word = typed.word),
                case when length(typed.word) >= :minLength then
                    (select known.word from kb_word known
                     where known.locale = :locale and known.word % typed.word
                       and abs(length(known.word) - length(typed.word)) <= 1
                     order by similarity(known.word, typed.word) desc, known.word limit 1)
                end,
                typed.word)
            from regexp_split_to_table(:words, ' ') with ordinality as typed(word, position)
            order by typed.position""";

    /** Adds the words of a published article; words stay when it is archived (they remain good spellings). */
    public Uni<Void> learn(Article article) {
        List<String> words = SearchWords.of(article.content().title() + ' ' + String.join(" ", article.content().tags())
                + ' ' + ArticleBody.plainText(article.content().body()), MAX_WORDS_PER_ARTICLE);
        if (words.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(LEARN)
                .setParameter("locale", article.language().code())
                .setParameter("words", String.join(" ", words))
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * For each typed word, in order: the word itself if an article in {@code language} uses it, else the most
     * similar word one does, else the word itself.
     */
    public Uni<List<String>> corrections(Language language, List<String> typed) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CORRECT, String.class)
                .setParameter("locale", language.code())
                .setParameter("minLength", MIN_CORRECTABLE_LENGTH)
                .setParameter("words", String.join(" ", typed))
                .getResultList());
    }
}
