package com.helpdesk.knowledge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdesk.knowledge.domain.Language;
import com.helpdesk.knowledge.domain.SearchWords;
import com.helpdesk.knowledge.search.ArticleSearch;
import com.helpdesk.knowledge.search.SearchRequest;
import com.helpdesk.knowledge.seed.BundledArticle;
import com.helpdesk.knowledge.seed.FaqSeed;
import com.helpdesk.platform.testing.BenchmarkReport;
import com.helpdesk.platform.testing.Latencies;
import com.helpdesk.platform.testing.KafkaResource;
import com.helpdesk.platform.testing.PostgresResource;
import com.helpdesk.platform.testing.ReactiveDatabase;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Search and suggestion latency (issue #7, item 8) over 50,000 generated published articles (half Russian,
 * half English) made of the bundled FAQ's vocabulary, so that common help-desk words match thousands of
 * articles. Timed end to end over HTTP. Prints its figures and writes target/bench/knowledge-search.md.
 * Not a timed test: run with {@code ./mvnw -B -o -Pbench -pl knowledge-service verify}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(KafkaResource.class)
class SearchBenchmarkTest {

    private static final int ARTICLES = 50_000;
    private static final int WARM_UP = 100;
    private static final int ROUNDS = 1_000;
    private static final String[] QUERIES_EN = { "forgot my password", "pasword reset", "download invoice",
            "card payment declined", "track my order", "vpn not connecting", "warranty repair", "support phone number",
            "delivery is late", "install software" };
    private static final String[] QUERIES_RU = { "забыл пароль", "сбросить пороль", "скачать счета", "карта отклонена",
            "где мой заказ", "не подключается vpn", "гарантийный ремонт", "телефон поддержки", "доставка задерживается",
            "установить программу" };
    private static final String INSERT = """
            insert into kb_article (id, translation_group, locale, title, body, body_text, category, tags, visibility,
                                    status, faq, version, created_by, created_at, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', 'PUBLISHED', false, 1, 'bench', ?, 'bench', ?)""";

    @Inject
    DataSource database;

    @Inject
    ArticleSearch search;

    @TestHTTPResource("/api/v1/kb/")
    URL api;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final BenchmarkReport report = new BenchmarkReport("knowledge-search", "Knowledge search latency");
    private final Random random = new Random(7);

    @Test
    void searchAndSuggestionLatency() throws SQLException {
        report.line("PostgreSQL 15 on localhost; " + Instant.now()).line("");
        generate();
        measure("search in-process, one language (`ArticleSearch`, no HTTP)", round -> {
            boolean russian = round % 2 == 1;
            String[] queries = russian ? QUERIES_RU : QUERIES_EN;
            var request = new SearchRequest(SearchWords.of(queries[round / 2 % queries.length], 12), List.of(),
                    Set.of(russian ? Language.RU : Language.EN), null, false, 10);
            ReactiveDatabase.inSession(() -> search.search(request));
        });
        measure("search, one language (`GET /api/v1/kb/search?q=…&locale=…`)", round -> {
            boolean russian = round % 2 == 1;
            String[] queries = russian ? QUERIES_RU : QUERIES_EN;
            send(get("search?q=" + encode(queries[round / 2 % queries.length]) + "&locale=" + (russian ? "ru" : "en")));
        });
        measure("search, both languages (`GET /api/v1/kb/search?q=…`)", round -> {
            String[] queries = round % 2 == 1 ? QUERIES_RU : QUERIES_EN;
            send(get("search?q=" + encode(queries[round / 2 % queries.length])));
        });
        List<String> english = vocabulary(Language.EN);
        measure("suggestion for a 30-word request (`POST /api/v1/kb/suggest`)", round -> send(post("suggest",
                Map.of("subject", QUERIES_EN[round % QUERIES_EN.length], "description", words(english, 30), "locale", "en"))));
        report.line("").line("Load average after: " + BenchmarkReport.loadAverage()).write();
    }

    /** Articles with a 6-word title and a 60-word body drawn from the FAQ's words, in batches. */
    private void generate() throws SQLException {
        long started = System.nanoTime();
        List<String> english = vocabulary(Language.EN);
        List<String> russian = vocabulary(Language.RU);
        String[] categories = { "it.access", "it.network", "billing.payment", "billing.invoice", "delivery.tracking",
                "it.hardware", "warranty", "support.terms", "support.contact" };
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < ARTICLES; i++) {
                boolean ru = i % 2 == 1;
                List<String> words = ru ? russian : english;
                String body = words(words, 60);
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.randomUUID());
                insert.setString(3, ru ? "ru" : "en");
                insert.setString(4, words(words, 6));
                insert.setString(5, body);
                insert.setString(6, body);
                insert.setString(7, categories[i % categories.length]);
                insert.setArray(8, connection.createArrayOf("text", new String[] { words(words, 1), words(words, 1) }));
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            connection.commit();
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze kb_article");
            }
            connection.commit();
        }
        report.line("Generated %,d published articles (%d-word vocabulary per language) in %.1f s.".formatted(ARTICLES,
                english.size(), (System.nanoTime() - started) / 1e9));
        report.line("");
        report.line("| operation | runs | p50 ms | p95 ms | p99 ms | max ms |");
        report.line("|---|---|---|---|---|---|");
    }

    private void measure(String operation, IntConsumer call) {
        for (int round = 0; round < WARM_UP; round++) {
            call.accept(round);
        }
        long[] nanos = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            call.accept(round);
            nanos[round] = System.nanoTime() - started;
        }
        Latencies latencies = Latencies.ofNanos(nanos);
        report.row(operation, ROUNDS, Latencies.millis(latencies.percentile(50)), Latencies.millis(latencies.percentile(95)),
                Latencies.millis(latencies.percentile(99)), Latencies.millis(latencies.max()));
    }

    /*
     * A plain JDK client: the HTTP figures should be the service's, and REST Assured's per-request work, on the
     * same two cores, would be counted in them.
     */
    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).build();
    }

    private HttpRequest post(String path, Map<String, String> body) {
        try {
            return HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(HttpRequest request) {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(request.uri() + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private String words(List<String> vocabulary, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.toString();
    }

    private static List<String> vocabulary(Language language) {
        StringBuilder text = new StringBuilder();
        FaqSeed.bundled().stream().flatMap(List::stream).filter(article -> article.language() == language)
                .map(BundledArticle::content).forEach(content -> text.append(content.title()).append(' ').append(content.body()).append(' '));
        return SearchWords.of(text.toString(), 100_000);
    }
}
