package com.helpdesk.knowledge.domain;

/** A change the article's current state does not allow; {@code rule} is a stable slug for the API. */
public class ArticleRuleViolation extends RuntimeException {

    private final String rule;

    public ArticleRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
