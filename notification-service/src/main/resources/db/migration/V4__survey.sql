-- Satisfaction surveys offered in resolution mails; the id is the TicketResolved event's, so a redelivered
-- event offers the same survey again. A survey is answered once: answered_at set means the link is spent.
create table survey (
    id             uuid primary key,
    ticket_id      uuid        not null,
    correlation_id uuid        not null,
    stream_version bigint      not null,
    ticket_number  text        not null,
    respondent     text        not null,
    language       text        not null,
    created_at     timestamptz not null default now(),
    answered_at    timestamptz,
    score          int check (score between 1 and 5),
    comment        text
);
