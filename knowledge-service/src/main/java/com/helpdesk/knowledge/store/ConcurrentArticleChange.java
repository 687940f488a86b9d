package com.helpdesk.knowledge.store;

/**
 * Another editor stored a version of the article (or a translation in the same language) first; the
 * caller reloads and decides again.
 */
public class ConcurrentArticleChange extends RuntimeException {

    public ConcurrentArticleChange(String message, Throwable cause) {
        super(message, cause);
    }
}
