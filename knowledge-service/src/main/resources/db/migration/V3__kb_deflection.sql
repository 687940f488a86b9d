-- Suggestions shown to a signed-in customer typing a request, and whether that customer filed a ticket
-- soon after: one who found the answer and filed nothing was deflected (self-service worked).
create table kb_suggestion_shown (
    id              uuid        primary key,
    requester_id    text        not null,
    shown_at        timestamptz not null,
    articles        integer     not null,
    ticket_filed_at timestamptz
);

create index kb_suggestion_shown_requester on kb_suggestion_shown (requester_id, shown_at desc);
create index kb_suggestion_shown_at on kb_suggestion_shown (shown_at);
