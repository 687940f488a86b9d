-- The one projection of tickets this service keeps (it was webhook_ticket, for the webhook filters): staff alerts
-- also need the ticket's support line and its current assignee (a Keycloak user id).
alter table webhook_ticket rename to ticket_facts;
alter table ticket_facts add column line text, add column assignee text;
