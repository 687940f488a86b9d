-- Drains read a queue in order a few tickets at a time: keep the SLA deadline on the ticket's row so one
-- index per (line, team) serves that order without sorting every waiting ticket. sla_deadline still keeps
-- deadlines that arrive before the ticket does.
alter table routed_ticket add column sla_due_at timestamptz;

update routed_ticket t set sla_due_at = d.due_at from sla_deadline d where d.ticket_id = t.ticket_id;

drop index routed_ticket_queue;
create index routed_ticket_queue on routed_ticket (line, team, queue_priority, sla_due_at, waiting_since, ticket_id)
    where state = 'WAITING';
