-- Wakes the outbox relays when events are committed: NOTIFY is transactional, so a relay hears of an
-- insert only once it is visible, and the statement-level trigger costs one notification per insert
-- statement, not an extra round trip from the service.
create function platform_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('platform_outbox', '');
    return null;
end
$$;

create trigger platform_outbox_notify after insert on platform_outbox
    for each statement execute function platform_outbox_notify();
