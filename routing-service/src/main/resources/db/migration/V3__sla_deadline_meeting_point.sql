-- The ticket's creation and its SLA deadline come from two topics and may be applied at the same moment.
-- Both write this row first (insert ... on conflict), so the second waits for the first to commit and
-- then sees its work; a row without a deadline is the ticket's side of that meeting.
alter table sla_deadline alter column due_at drop not null;
