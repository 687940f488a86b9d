-- Teams and the catalog categories they cover (patterns such as billing.* or it.access).
create table team (
    id          text primary key,
    name        text   not null,
    categories  text[] not null
);

-- Agents, their skills and presence, and the load routing keeps for them. Decisions lock the rows of
-- the agents they choose among (select ... for update), so open_tickets never exceeds capacity even
-- with several instances deciding at once.
create table agent (
    id            text primary key,
    display_name  text        not null,
    languages     text[]      not null,
    skills        jsonb       not null,
    line          text        not null,
    teams         text[]      not null,
    capacity      integer     not null check (capacity >= 0),
    presence      text        not null,
    open_tickets  integer     not null default 0 check (open_tickets >= 0),
    idle_since    timestamptz
);

create index agent_line on agent (line);

-- Every ticket routing has seen, with where it stands: WAITING in a queue, ASSIGNED to an agent, or DONE.
create table routed_ticket (
    ticket_id       uuid primary key,
    number          text        not null,
    category        text,
    language        text,
    priority        text        not null,
    queue_priority  text        not null,
    line            text        not null,
    team            text,
    state           text        not null,
    agent_id        text,
    decision_id     uuid,
    waiting_since   timestamptz,
    ticket_version  bigint      not null
);

create index routed_ticket_queue on routed_ticket (line, queue_priority, waiting_since) where state = 'WAITING';
create index routed_ticket_agent on routed_ticket (agent_id) where state = 'ASSIGNED';

-- The earliest open SLA deadline per ticket, for earliest-deadline-first queue order. Kept apart from
-- routed_ticket because SLA events may arrive before the ticket's own.
create table sla_deadline (
    ticket_id  uuid primary key,
    due_at     timestamptz not null
);

-- The decision log: every AssignmentDecided / TicketQueued as published, for "why this agent?".
create table routing_decision (
    decision_id  uuid primary key,
    ticket_id    uuid        not null,
    event_type   text        not null,
    payload      jsonb       not null,
    decided_at   timestamptz not null
);

create index routing_decision_ticket on routing_decision (ticket_id, decided_at);
