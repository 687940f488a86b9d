-- Capacity per channel (issue #4, item 1): an agent's limits per channel within their overall capacity, and
-- their open tickets per channel — kept on the agent's row like open_tickets, so the same row lock guards
-- both. Plain text arrays of CHANNEL=n pairs (e.g. {CHAT=2}), not jsonb: every decision loads its whole pool,
-- and a jsonb column is parsed three times per row on the way (driver, string, mapper).
alter table agent add column channel_capacity text[] not null default '{}';
alter table agent add column open_by_channel text[] not null default '{}';

-- The channel a ticket came in on, so its release frees the right channel. Tickets routed before this
-- column existed have none and count toward no channel.
alter table routed_ticket add column channel text;
