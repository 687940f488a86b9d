-- Mails to staff (assignment → agent; SLA warning / breach → assignee and supervisors), recorded by the consumer in
-- its inbox transaction with the intended recipients as ids only. The sender's pass asks the staff directory
-- (Keycloak) for their addresses and turns the alert into ordinary deliveries; while the directory cannot answer
-- the alert waits here, retried with back-off, and no consumer ever waits for it.
create table staff_alert (
    cause_event_id    uuid primary key,
    correlation_id    uuid        not null,
    ticket_id         uuid        not null,
    stream_version    bigint      not null,
    kind              text        not null check (kind in ('ASSIGNMENT', 'SLA_WARNING', 'SLA_BREACH')),
    -- the assignment's team and line (the ticket's team for SLA alerts, whose supervisors are told)
    team              text,
    line              text,
    sla_target        text,
    due_at            timestamptz,
    threshold_percent int,
    -- whom to tell: the assignee's user id, and (SLA alerts) the supervisors of team — of every team if unknown
    assignee          text,
    supervisors       boolean     not null,
    -- false when an SLA event came before any event of its ticket (another topic): the alert then waits for the
    -- ticket (or helpdesk.notification.staff.ticket-wait) and takes team and assignee from it when prepared
    ticket_known      boolean     not null,
    attempts          int         not null default 0,
    next_attempt_at   timestamptz not null default now(),
    -- a pass's lease while it asks the directory, so replicas and later passes leave the alert alone
    claim_token       uuid,
    claimed_until     timestamptz,
    last_error        text,
    created_at        timestamptz not null default now(),
    -- set when its deliveries were recorded, or when the directory stayed unreachable for every attempt
    prepared_at       timestamptz,
    failed_at         timestamptz
);

create index staff_alert_waiting on staff_alert (next_attempt_at) where prepared_at is null and failed_at is null;
