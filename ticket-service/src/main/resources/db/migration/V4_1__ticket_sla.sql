-- sla-service's facts per ticket move out of ticket_view: they often arrive before the ticket's own events
-- have made its view row (sla-service reacts to TicketCreated as fast as the projector does), and an
-- update of a row that does not exist yet was lost. Each writer now owns its table: SlaDeadlines upserts
-- ticket_sla, the projector ticket_view (and makes sure a ticket_sla row exists); readers join the two.
-- Numbered 4.1 so that migrations written meanwhile as V5+ keep their numbers (flyway out-of-order is on).
create table ticket_sla (
    ticket_id          uuid        primary key,
    first_response_due timestamptz,
    resolution_due     timestamptz,
    sla_warning        boolean     not null default false,
    sla_breached       boolean     not null default false
);

insert into ticket_sla (ticket_id, first_response_due, resolution_due, sla_warning, sla_breached)
select id, first_response_due, resolution_due, sla_warning, sla_breached from ticket_view;

alter table ticket_view
    drop column first_response_due,
    drop column resolution_due,
    drop column sla_warning,
    drop column sla_breached;
