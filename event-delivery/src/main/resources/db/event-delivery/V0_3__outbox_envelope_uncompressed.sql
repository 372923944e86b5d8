-- Envelopes are stored out of line as they are, not compressed: PostgreSQL compressed each one with pglz on insert
-- (an assessment's deprecated match.proposed is about 600 KB, 109 MB in a full round) and decompressed it for the
-- relay, a cost on both cores of the round for rows that live minutes; the producer compresses the records (LZ4).
-- This PostgreSQL is built without lz4, so there is no cheaper compression to choose (docs/performance.md).
alter table outbox_event alter column envelope set storage external;
