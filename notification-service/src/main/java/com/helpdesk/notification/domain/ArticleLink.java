package com.helpdesk.notification.domain;

import java.net.URI;
import java.util.Optional;

/**
 * A knowledge-base article as a mail links to it.
 *
 * @param url absolute http(s) address
 */
public record ArticleLink(String title, String url) {

    /**
     * The link for a suggested article: relative addresses resolve against the knowledge base; anything
     * that does not end as an http(s) address (a {@code javascript:} URL, garbage) is left out, since the
     * mail would otherwise carry a clickable link we did not vet.
     */
    public static Optional<ArticleLink> of(String title, String url, URI knowledgeBase) {
        if (title == null || title.isBlank() || url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = knowledgeBase.resolve(url.strip());
            String scheme = resolved.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || resolved.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new ArticleLink(MailText.singleLine(title), resolved.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
