-- Whether a need's language was detected (true) or given by the state (false), carried by assessment.submitted.v2.
-- Null for needs written before it was kept, as their language may be.
alter table need add column language_detected boolean;
