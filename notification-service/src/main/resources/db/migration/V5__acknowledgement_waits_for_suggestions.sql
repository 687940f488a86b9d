-- knowledge-service answers every new ticket with ArticlesSuggested (empty when nothing fits), so the
-- acknowledgement can wait for that answer as it waits for the SLA deadline — still never past send_by.
-- Before, it left as soon as the deadline was known and lost the race to slower suggestions.
alter table acknowledgement add column articles_known boolean not null default false;
update acknowledgement set articles_known = true where articles <> '[]';
