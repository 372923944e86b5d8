-- A round compares the engine's new reading of each standing proposal (rank, score, components, explanation,
-- coordination) with the stored one. Parsing every stored components document to compare them cost a round over every
-- state about a sixth of its time; the reading's SHA-256, stored beside it, is compared instead. Rows written before
-- this column have none: their first round compares them the old way and stores the digest.
alter table match_proposal add column reading_digest bytea;
