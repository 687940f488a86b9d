-- Typo tolerance: trigram similarity between a query word and the words articles use.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it, no superuser needed.
create extension if not exists pg_trgm;

-- What full-text search matches an article on: title (weight A) over tags (B) and body (C), stemmed
-- with the article's own language. Immutable so that it can feed a stored generated column.
create function kb_search_document(locale text, title text, tags text[], body_text text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(case locale when 'ru' then 'russian'::regconfig else 'english'::regconfig end, title), 'A')
        || setweight(to_tsvector(case locale when 'ru' then 'russian'::regconfig else 'english'::regconfig end,
                                 array_to_string(tags, ' ')), 'B')
        || setweight(to_tsvector(case locale when 'ru' then 'russian'::regconfig else 'english'::regconfig end, body_text), 'C');

-- The current version of each article; its history is in kb_article_revision.
create table kb_article (
    id                uuid        primary key,
    -- articles sharing a group are translations of one another, at most one per locale
    translation_group uuid        not null,
    locale            text        not null check (locale in ('ru', 'en')),
    -- set for articles loaded from the bundled FAQ, so loading it again adds only what is missing
    seed_key          text,
    title             text        not null,
    body              text        not null,
    -- the body rendered to plain text: what search indexes and snippets quote (no Markdown syntax)
    body_text         text        not null,
    category          text        not null,
    tags              text[]      not null,
    visibility        text        not null check (visibility in ('PUBLIC', 'INTERNAL')),
    status            text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    faq               boolean     not null,
    faq_order         integer,
    version           integer     not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_by        text        not null,
    updated_at        timestamptz not null,
    search_document   tsvector    generated always as (kb_search_document(locale, title, tags, body_text)) stored,
    constraint kb_article_translation unique (translation_group, locale),
    constraint kb_article_seed unique (seed_key, locale)
);

create index kb_article_search on kb_article using gin (search_document);
create index kb_article_category on kb_article (status, locale, category);
create index kb_article_recent on kb_article (updated_at desc, id desc);

-- Every edit, publication, archiving and restore: who, when, what changed, and the full content then.
create table kb_article_revision (
    article_id  uuid        not null references kb_article (id),
    version     integer     not null,
    title       text        not null,
    body        text        not null,
    category    text        not null,
    tags        text[]      not null,
    visibility  text        not null,
    status      text        not null,
    faq         boolean     not null,
    faq_order   integer,
    edited_by   text        not null,
    edited_at   timestamptz not null,
    changes     text[]      not null,
    note        text,
    primary key (article_id, version)
);

-- Words that published articles use, per locale: the vocabulary a misspelt query word is corrected to.
create table kb_word (
    locale text not null,
    word   text not null,
    primary key (locale, word)
);

create index kb_word_trigram on kb_word using gin (word gin_trgm_ops);
