-- Run once by a DBA on the external PostgreSQL (psql -v ON_ERROR_STOP=1 -f create-databases.sql), with
-- the passwords set afterwards from the Secrets (deploy/README.md, "Secrets"): one user per service,
-- owning only its own database. Flyway (quarkus.flyway.migrate-at-start) creates the tables.
-- Not applied by kustomize: it is here so the names match the manifests (checked by KubernetesManifestsTest).
CREATE ROLE helpdesk_ticket LOGIN;
CREATE ROLE helpdesk_routing LOGIN;
CREATE ROLE helpdesk_sla LOGIN;
CREATE ROLE helpdesk_notification LOGIN;
CREATE ROLE helpdesk_knowledge LOGIN;
CREATE DATABASE helpdesk_ticket OWNER helpdesk_ticket;
CREATE DATABASE helpdesk_routing OWNER helpdesk_routing;
CREATE DATABASE helpdesk_sla OWNER helpdesk_sla;
CREATE DATABASE helpdesk_notification OWNER helpdesk_notification;
CREATE DATABASE helpdesk_knowledge OWNER helpdesk_knowledge;
-- Nobody else may connect (PostgreSQL grants CONNECT to PUBLIC by default).
REVOKE CONNECT ON DATABASE helpdesk_ticket, helpdesk_routing, helpdesk_sla, helpdesk_notification, helpdesk_knowledge FROM PUBLIC;
GRANT CONNECT ON DATABASE helpdesk_ticket TO helpdesk_ticket;
GRANT CONNECT ON DATABASE helpdesk_routing TO helpdesk_routing;
GRANT CONNECT ON DATABASE helpdesk_sla TO helpdesk_sla;
GRANT CONNECT ON DATABASE helpdesk_notification TO helpdesk_notification;
GRANT CONNECT ON DATABASE helpdesk_knowledge TO helpdesk_knowledge;
-- Set passwords (values from the Secrets, never committed):
--   \password helpdesk_ticket   ... or ALTER ROLE helpdesk_ticket PASSWORD '...';
