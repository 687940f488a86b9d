-- The reporting read model: one row per ticket or SLA event the reports use (report/model/FactKind), keyed by
-- event id, append-only. Ticket rows carry the ticket's state right after the event, so a report "as of" any
-- instant is a filter on occurred_at (the event's own time) and every definition is computed at query time.
create table report_event (
    event_id       uuid        primary key,
    ticket_id      uuid        not null,
    kind           text        not null,
    occurred_at    timestamptz not null,
    stream_version bigint      not null,
    -- the ticket right after a ticket event; null on SLA rows
    status         text,
    channel        text,
    category       text,
    priority       text,
    team           text,
    line           text,
    agent          text,
    -- SLA verdicts and ratings
    sla_target     text,
    due_at         timestamptz,
    met_at         timestamptz,
    score          smallint
);
create index report_event_ticket on report_event (ticket_id, occurred_at);
create index report_event_time on report_event (occurred_at);
