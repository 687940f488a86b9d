-- Other systems' subscriptions to our events, delivered as signed JSON POSTs through the delivery table.
create table webhook_subscription (
    id                   uuid primary key,
    url                  text        not null,
    -- signs every delivery; shown to the subscriber once, when the subscription is created
    secret               text        not null,
    -- comma-separated event types, e.g. helpdesk.ticket.created.v1,helpdesk.sla.breached.v1
    event_types          text        not null,
    -- optional filter on the ticket's current team / priority
    team                 text,
    priority             text,
    enabled              boolean     not null default true,
    consecutive_failures int         not null default 0,
    disabled_reason      text,
    owner                text        not null,
    created_at           timestamptz not null default now()
);

-- The team and priority of each ticket, as ticket events tell them, for the subscriptions' filters.
create table webhook_ticket (
    ticket_id uuid primary key,
    team      text,
    priority  text
);

-- A webhook delivery's receiver answer, for the subscriber's delivery log.
alter table delivery add column last_status int;
-- A replay is a new delivery of the same event to the same receiver: the once-rule holds for originals only.
alter table delivery add column replay_of uuid references delivery (id);
alter table delivery drop constraint delivery_once;
create unique index delivery_once on delivery (cause_event_id, channel, recipient) where replay_of is null;
create index delivery_recipient on delivery (recipient, created_at) where channel = 'WEBHOOK';
