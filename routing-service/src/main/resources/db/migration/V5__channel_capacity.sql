-- Capacity per channel (issue #4, item 1): an agent's limits per channel, e.g. {"CHAT": 2}, within their
-- overall capacity, and their open tickets per channel — kept on the agent's row like open_tickets, so the
-- same row lock guards both.
alter table agent add column channel_capacity jsonb not null default '{}';
alter table agent add column open_by_channel jsonb not null default '{}';

-- The channel a ticket came in on, so its release frees the right channel. Tickets routed before this
-- column existed have none and count toward no channel.
alter table routed_ticket add column channel text;
