-- Read model for lists and search, fed from helpdesk.ticket.events; rebuildable from ticket_event.
create table ticket_view (
    id                uuid        primary key,
    number            text        not null unique,
    subject           text        not null,
    status            text        not null,
    priority          text        not null,
    category          text,
    channel           text        not null,
    language          text,
    requester_id      text,
    requester_email   text,
    filed_by          text        not null,
    team              text,
    line              text,
    assignee_id       text,
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

create index ticket_view_requester on ticket_view (requester_id, created_at desc);
create index ticket_view_filed_by on ticket_view (filed_by, created_at desc);
create index ticket_view_created on ticket_view (created_at desc);
