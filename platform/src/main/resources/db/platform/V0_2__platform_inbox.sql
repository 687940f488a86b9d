-- Idempotent inbox: a consumer marks an event processed in the same transaction as its effect,
-- so a redelivered event is recognised and skipped.
create table platform_inbox (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    subject      text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
