-- The relay hands the envelope to Kafka as it was written: store it as text. As jsonb, PostgreSQL parsed every
-- envelope on insert and printed it again for the relay, which for an assessment's match.proposed (about 600 KB) was
-- a sixth of a full matching round (docs/performance.md). Query it with envelope::jsonb when needed.
alter table outbox_event alter column envelope type text;
