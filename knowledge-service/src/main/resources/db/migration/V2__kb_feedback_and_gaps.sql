-- "Was this helpful?" answers, one row each, with the reader's comment.
create table kb_feedback (
    id         uuid        primary key,
    article_id uuid        not null references kb_article (id),
    helpful    boolean     not null,
    comment    text,
    -- the reader's user id; null for an anonymous reader
    given_by   text,
    given_at   timestamptz not null
);

create index kb_feedback_article on kb_feedback (article_id, given_at desc);

-- Counters per article, bumped in place: views are too many to keep a row for each.
create table kb_article_stats (
    article_id     uuid    primary key references kb_article (id),
    views          bigint  not null default 0,
    helpful        integer not null default 0,
    not_helpful    integer not null default 0,
    -- tickets resolved with this article named as the answer (TicketResolved.knowledgeArticleId)
    solved_tickets integer not null default 0
);

-- Searches that found nothing, per language and query words: the gaps in the knowledge base.
create table kb_search_gap (
    -- 'ru', 'en', or 'any' for a search in both languages
    locale    text        not null,
    query     text        not null,
    searches  integer     not null,
    first_at  timestamptz not null,
    last_at   timestamptz not null,
    primary key (locale, query)
);

create index kb_search_gap_frequent on kb_search_gap (searches desc);
