-- Every submission matching has read, with the event type it came in: while the first version of
-- assessment.submitted is published beside the second, the same submission arrives twice and is read once.
create table received_submission (
    assessment_id uuid primary key,
    event_type varchar(100) not null,
    received_at timestamp with time zone not null default now()
);
-- Submissions read before this table existed: those with needs (a submission without needs is read again if
-- redelivered, which changes nothing).
insert into received_submission (assessment_id, event_type)
select distinct assessment_id, 'tahub.assessments.assessment.submitted' from need;
