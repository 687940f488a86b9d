-- Find a ticket by its number without a read model (strongly consistent, e.g. right after filing).
create unique index ticket_event_number on ticket_event ((payload ->> 'number'))
    where event_type = 'helpdesk.ticket.created.v1';

-- The read model grows with the lifecycle. Event-derived columns are rewritten from the ticket's state;
-- SLA columns come from helpdesk.sla.events and survive a rebuild of the former.
alter table ticket_view
    add column description         text,
    add column tags                text        not null default '',
    add column merged_into         uuid,
    add column rated               boolean     not null default false,
    add column first_response_due  timestamptz,
    add column resolution_due      timestamptz,
    add column sla_warning         boolean     not null default false,
    add column sla_breached        boolean     not null default false,
    add column search              tsvector generated always as (
        to_tsvector('simple', coalesce(number, '') || ' ' || subject || ' ' || coalesce(description, ''))) stored;

create index ticket_view_search on ticket_view using gin (search);
create index ticket_view_updated on ticket_view (updated_at desc, id);
create index ticket_view_assignee on ticket_view (assignee_id, status);
create index ticket_view_team on ticket_view (team, status);

-- Knowledge articles suggested for a ticket, shown to agents.
create table ticket_suggestion (
    ticket_id  uuid             not null,
    article_id uuid             not null,
    title      text             not null,
    locale     text,
    url        text,
    score      double precision not null,
    primary key (ticket_id, article_id)
);
