-- States' self-assessments. One row per version: a state's assessment for a period starts as revision 1; an
-- analyst may return it, and the state then revises it as revision 2, and so on. A version is edited only while it is
-- a DRAFT; once submitted it never changes again (only its status moves on), so every version is kept as submitted.

create table assessment (
    id                 uuid         primary key,
    state_iso3         varchar(3)   not null references state (iso3),
    period             int          not null,
    revision           int          not null,
    status             varchar(16)  not null,
    visibility         varchar(16)  not null,
    origin             varchar(24)  not null,
    source             text,
    -- the state's answers per checklist activity, its ratification status, its needs in its own words (JSON arrays)
    answers            jsonb        not null default '[]',
    ratifications      jsonb        not null default '[]',
    statements         jsonb        not null default '[]',
    created_by         text         not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_by       text,
    submitted_at       timestamptz,
    decided_by         text,
    decided_at         timestamptz,
    decision_comment   text,
    superseded_by      uuid         references assessment (id),
    superseded_at      timestamptz,
    version            bigint       not null default 0,
    constraint assessment_status check (status in ('DRAFT', 'SUBMITTED', 'VALIDATED', 'RETURNED', 'SUPERSEDED')),
    constraint assessment_visibility check (visibility in ('CONFIDENTIAL', 'PROVIDERS', 'PUBLIC')),
    constraint assessment_origin check (origin in ('self-assessment', 'ctc-synopsis-2004')),
    constraint assessment_period check (period between 2001 and 2100),
    constraint assessment_revision unique (state_iso3, period, revision)
);
-- At most one version of a state's assessment states its position at a time (SUBMITTED, VALIDATED or RETURNED).
create unique index assessment_current on assessment (state_iso3) where status in ('SUBMITTED', 'VALIDATED', 'RETURNED');
create index assessment_state on assessment (state_iso3, period desc, revision desc);
create index assessment_status on assessment (status, submitted_at);

-- The needs of each submitted version, written once when it is submitted: a checklist activity where the state asks
-- for assistance, or a statement in its own words. The needs list reads the versions that are current.
create table need (
    assessment_id      uuid         not null references assessment (id),
    need_id            varchar(32)  not null,
    state_iso3         varchar(3)   not null,
    kind               varchar(16)  not null,
    activities         text[]       not null default '{}',
    areas              text[]       not null default '{}',
    priority           varchar(8),
    implementation     varchar(24),
    text               text,
    ordinal            int          not null,
    primary key (assessment_id, need_id),
    constraint need_kind check (kind in ('activity', 'statement')),
    constraint need_priority check (priority in ('HIGH', 'MEDIUM', 'LOW'))
);
create index need_state on need (state_iso3);
create index need_areas on need using gin (areas);
