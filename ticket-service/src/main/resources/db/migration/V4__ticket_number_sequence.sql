-- Ticket numbers from a sequence: the per-year counter row serialised every ticket creation on its lock
-- until commit. A sequence never blocks; numbers keep rising across years (HD-2027-000951 follows
-- HD-2026-000950) and a rolled-back creation leaves a gap, which is fine for a reference number.
create sequence ticket_number_seq;
select setval('ticket_number_seq', coalesce((select max(last_value) from ticket_number), 0) + 1, false);
drop table ticket_number;
