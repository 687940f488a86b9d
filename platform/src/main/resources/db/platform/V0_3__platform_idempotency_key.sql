-- Idempotency-Key support: the first response to a creating request, replayed to a retrying caller.
create table platform_idempotency_key (
    scope             text        not null,
    idempotency_key   text        not null,
    request_hash      text        not null,
    response_status   integer     not null,
    response_location text,
    response_body     text        not null,
    created_at        timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
