-- How far a waiting ticket's candidates were last widened, so each widening pass takes up only tickets
-- due for a wider reach instead of re-offering the same long-waiting ones every time.
alter table routed_ticket add column reach text not null default 'EXACT';

-- Whether the team came from the category's coverage (and so follows a category change) rather than
-- from ticket-service (created with a team, or transferred).
alter table routed_ticket add column team_from_category boolean not null default false;

create index routed_ticket_widening on routed_ticket (waiting_since) where state = 'WAITING' and reach <> 'ANYONE';
