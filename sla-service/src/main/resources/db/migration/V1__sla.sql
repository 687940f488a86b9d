-- Calendars and policies are versioned: a change inserts version n+1, earlier versions stay for the clocks
-- and timelines that name them. The definition is the domain record as JSON.
create table sla_calendar (
    id          text        not null,
    version     integer     not null,
    definition  jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    primary key (id, version)
);

create table sla_policy (
    id          uuid        not null,
    version     integer     not null,
    definition  jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    primary key (id, version)
);

-- One clock per ticket. next_fire_at is the earliest warning or breach still to fire: the durable timer the
-- scanner claims with FOR UPDATE SKIP LOCKED, so replicas share the work and never fire twice.
create table sla_clock (
    ticket_id       uuid        primary key,
    state           text        not null,
    clock           jsonb       not null,
    next_fire_at    timestamptz,
    ticket_version  bigint      not null,
    correlation_id  uuid        not null,
    updated_at      timestamptz not null
);

create index sla_clock_next_fire on sla_clock (next_fire_at) where next_fire_at is not null;

-- The explainable clock: every transition with its cause and the policy and calendar versions it used.
create table sla_transition (
    position          bigint      generated always as identity primary key,
    ticket_id         uuid        not null,
    occurred_at       timestamptz not null,
    cause_event_id    uuid,
    cause_type        text        not null,
    kind              text        not null,
    policy_id         uuid        not null,
    policy_version    integer     not null,
    calendar_id       text        not null,
    calendar_version  integer     not null,
    change            jsonb       not null
);

create index sla_transition_ticket on sla_transition (ticket_id, position);
