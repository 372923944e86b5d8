-- Assessments known to be superseded, whether or not their submission has arrived yet. Events of one state arrive in
-- order, but a dead letter replayed late, or a topic read again from the beginning, can bring a submission after the
-- one that superseded it: its needs are then kept as history (current = false) and not matched.
create table superseded_assessment (
    assessment_id    uuid         primary key,
    superseded_by    uuid,
    recorded_at      timestamptz  not null default now()
);
