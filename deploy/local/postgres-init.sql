-- Role and databases of the Helpdesk services. Idempotent; run by deploy/local/up (psql as postgres)
-- and by docker-compose's postgres image (/docker-entrypoint-initdb.d). Needs psql (\gexec).
SELECT 'CREATE ROLE helpdesk LOGIN PASSWORD ''helpdesk'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'helpdesk')\gexec

SELECT format('CREATE DATABASE %I OWNER helpdesk', db)
  FROM unnest(ARRAY['helpdesk_ticket', 'helpdesk_routing', 'helpdesk_sla',
                    'helpdesk_notification', 'helpdesk_knowledge']) AS db
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db)\gexec
