-- The source of truth: every ticket change as an append-only event.
create table ticket_event (
    event_id        uuid        primary key,
    global_position bigint      generated always as identity unique,
    stream_id       uuid        not null,
    stream_version  bigint      not null,
    event_type      text        not null,
    payload         jsonb       not null,
    metadata        jsonb       not null,
    occurred_at     timestamptz not null,
    constraint ticket_event_stream_version unique (stream_id, stream_version)
);

-- Human-readable numbers HD-<year>-<6 digits>, counted per year.
create table ticket_number (
    year       integer primary key,
    last_value integer not null
);
