package com.helpdesk.knowledge.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "helpdesk.knowledge")
public interface KnowledgeConfig {

    /**
     * Load the bundled FAQ (src/main/resources/seed/faq) at startup. Idempotent: articles already loaded,
     * and any edits made to them since, are left alone. The local stack turns it on.
     */
    @WithDefault("false")
    boolean seed();

    /** Whom this service's own actions (loading the FAQ, suggesting articles) are attributed to. */
    @WithDefault("service:${quarkus.application.name}")
    String actor();

    /** Where a reader opens an article: suggestions carry this followed by the article id. */
    @WithDefault("http://127.0.0.1:8085/api/v1/kb/articles/")
    String articleUrl();

    /** How many articles a new ticket or a customer's draft request is offered. */
    @WithDefault("3")
    int suggestions();

    /** How many distinct words of a ticket's subject and description a suggestion searches for. */
    @WithDefault("30")
    int suggestionWords();

    /**
     * Requests per minute one client address may make without a token (public articles, search,
     * suggestions, feedback); more are answered {@code 429}. Per replica.
     */
    @WithDefault("120")
    int anonymousRequestsPerMinute();

    /** A customer shown suggestions who files no ticket within this time counts as deflected. */
    @WithDefault("PT30M")
    Duration deflectionWindow();
}
