package com.helpdesk.knowledge.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.helpdesk.knowledge.config.KnowledgeConfig;
import com.helpdesk.knowledge.domain.Article;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.service.Articles;
import com.helpdesk.knowledge.service.NewArticle;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Loads the FAQ bundled in {@code seed/faq}: {@code index.txt} lists the topics in FAQ order, and each topic
 * has one file per language ({@code en/<topic>.md}, {@code ru/<topic>.md}), linked as translations. Articles
 * are published by the service itself ({@link KnowledgeConfig#actor()}). Loading again adds only what is
 * missing and never overwrites an edit.
 */
@ApplicationScoped
public class FaqSeed {

    private static final Logger LOG = Logger.getLogger(FaqSeed.class);
    private static final String ROOT = "seed/faq/";
    /** Replicas starting together load the FAQ one after the other, so none sees half of it and adds twice. */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('helpdesk.knowledge.faq-seed'))";

    private final Articles articles;
    private final KnowledgeConfig config;

    FaqSeed(Articles articles, KnowledgeConfig config) {
        this.articles = articles;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        if (config.seed()) {
            int count = VertxContextSupport.subscribeAndAwait(this::load);
            LOG.infof("Bundled FAQ present: %d articles", count);
        }
    }

    /** Makes sure every bundled article exists; answers how many the FAQ has. */
    public Uni<Integer> load() {
        List<List<BundledArticle>> topics = bundled();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK).getSingleResult())
                .chain(() -> Multi.createFrom().iterable(topics)
                        .onItem().transformToUniAndConcatenate(this::loadTopic)
                        .collect().asList()))
                .map(loaded -> topics.stream().mapToInt(List::size).sum());
    }

    /** The first language version is the original; the others are linked to it as its translations. */
    private Uni<Article> loadTopic(List<BundledArticle> versions) {
        BundledArticle original = versions.get(0);
        return articles.seed(original.key(), new NewArticle(original.language(), original.content(), null), config.actor())
                .call(first -> Multi.createFrom().iterable(versions.subList(1, versions.size()))
                        .onItem().transformToUniAndConcatenate(translation -> articles.seed(translation.key(),
                                new NewArticle(translation.language(), translation.content(), first.id()), config.actor()))
                        .collect().asList());
    }

    /** Every topic of the index, each as its language versions (English first). */
    public static List<List<BundledArticle>> bundled() {
        List<List<BundledArticle>> topics = new ArrayList<>();
        List<String> keys = read("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (int position = 0; position < keys.size(); position++) {
            String key = keys.get(position);
            List<BundledArticle> versions = new ArrayList<>();
            for (Language language : List.of(Language.EN, Language.RU)) {
                versions.add(BundledArticle.parse(key, language, position + 1,
                        read(language.code() + "/" + key + ".md")));
            }
            topics.add(versions);
        }
        return topics;
    }

    private static String read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled FAQ lacks " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
