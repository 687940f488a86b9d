-- The queue of tickets no team covers is read with team IS NULL, which routed_ticket_queue cannot serve in
-- queue order (IS NULL is no equality for index ordering): PostgreSQL fetched every such waiting ticket and
-- sorted them — 38 ms at 10,000 of them, in every drain. This index serves that queue in order, a few rows
-- at a time, like the teams' queues.
create index routed_ticket_queue_no_team on routed_ticket (line, queue_priority, sla_due_at, waiting_since, ticket_id)
    where state = 'WAITING' and team is null;
