-- A proposal's components are written and read whole by the service, never queried inside: store them as text. As
-- jsonb, PostgreSQL parsed each document on every rewrite and printed it again on every read, and a round over every
-- state reads 119,000 of them (docs/performance.md, full round through the database).
alter table match_proposal alter column components type text using components::text;
