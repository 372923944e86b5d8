-- A matching round rewrites a proposal's score, components and explanation in place; none of its indexed columns
-- change. Room left on each page lets PostgreSQL make those heap-only (HOT) updates, without touching the five
-- indexes (docs/performance.md, full round through the database).
alter table match_proposal set (fillfactor = 80);
