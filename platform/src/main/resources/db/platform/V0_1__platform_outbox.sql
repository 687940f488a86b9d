-- Transactional outbox: a service writes its events here in the same transaction as its state;
-- OutboxRelay publishes them to Kafka in id order per shard (a shard holds whole keys, so per-key order holds).
create table platform_outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    shard        smallint    not null,
    headers      jsonb       not null,
    payload      jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index platform_outbox_pending on platform_outbox (shard, id) where published_at is null;
create index platform_outbox_published on platform_outbox (published_at) where published_at is not null;
