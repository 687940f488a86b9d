-- What an acknowledgement of a new ticket needs, gathered from three topics in whatever order they arrive.
-- ticket_event_id is null until TicketCreated has been seen (SLA or knowledge events may come first).
create table acknowledgement (
    ticket_id          uuid primary key,
    ticket_event_id    uuid,
    correlation_id     uuid,
    stream_version     bigint,
    ticket_number      text,
    subject            text,
    summary            text,
    recipient          text,
    recipient_name     text,
    language           text,
    -- the latest moment to send without the SLA deadline
    send_by            timestamptz,
    -- true once SlaDeadlinesSet arrived, even if its policy sets no first-response target
    sla_known          boolean     not null default false,
    first_response_due timestamptz,
    -- suggested article links as JSON text ([{"title", "url"}]); only ever read whole
    articles           text        not null default '[]',
    -- set when the delivery was created; the row then only documents what was promised
    scheduled_at       timestamptz
);

create index acknowledgement_waiting on acknowledgement (send_by)
    where scheduled_at is null and ticket_event_id is not null;

-- The delivery log: one row per (event, channel, recipient), rendered once, sent at most once per claim.
create table delivery (
    id              uuid primary key,
    cause_event_id  uuid        not null,
    correlation_id  uuid        not null,
    ticket_id       uuid        not null,
    stream_version  bigint      not null,
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    recipient       text        not null,
    template        text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    message_id      text        not null,
    in_reply_to     text,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    -- a sender's lease: while claimed_until is in the future no other sender touches the row
    claim_token     uuid,
    claimed_until   timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz,
    constraint delivery_once unique (cause_event_id, channel, recipient)
);

create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_ticket on delivery (ticket_id, created_at);
