package com.helpdesk.knowledge.domain;

/** Draft → published → archived; an archived article can be published again. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
