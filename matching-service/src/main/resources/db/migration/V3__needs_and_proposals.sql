-- What matching knows of states and their needs, kept from tahub.assessments.v1 (never by calling
-- assessments-service), and the proposals it makes.

create table state_profile (
    iso3             varchar(3)   primary key,
    name             text         not null,
    region_code      varchar(3)   not null,
    subregion_code   varchar(3),
    un_languages     text[]       not null default '{}',
    legal_tradition  varchar(20)  not null,
    memberships      text[]       not null default '{}',
    updated_at       timestamptz  not null
);

-- The universal instruments each state reports its standing towards, from its latest submitted assessment.
create table state_ratification (
    iso3             varchar(3)   not null,
    instrument       varchar(120) not null,
    status           varchar(16)  not null,
    primary key (iso3, instrument)
);

-- Needs of submitted assessments; current = false once the assessment is superseded.
create table need (
    assessment_id    uuid         not null,
    need_id          varchar(32)  not null,
    state_iso3       varchar(3)   not null,
    period           int          not null,
    visibility       varchar(16)  not null,
    origin           varchar(24)  not null,
    kind             varchar(16)  not null,
    activities       text[]       not null default '{}',
    areas            text[]       not null default '{}',
    priority         varchar(8),
    implementation   varchar(24),
    text             text,
    -- for a statement without tags, what the classifier read in it (activities and areas with scores)
    classification   jsonb,
    current          boolean      not null default true,
    submitted_at     timestamptz  not null,
    primary key (assessment_id, need_id)
);
create index need_state on need (state_iso3) where current;
create index need_activities on need using gin (activities);

create table match_proposal (
    id               uuid         primary key,
    assessment_id    uuid         not null,
    need_id          varchar(32)  not null,
    state_iso3       varchar(3)   not null,
    offer_id         varchar(160) not null references offer (id),
    provider_id      varchar(120) not null,
    rank             int          not null,
    score            double precision not null,
    components       jsonb        not null,
    explanation      text         not null,
    coordination     text,
    status           varchar(16)  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    version          bigint       not null default 0,
    constraint match_proposal_status check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'AGREED', 'WITHDRAWN')),
    constraint match_proposal_once unique (assessment_id, need_id, offer_id)
);
create index match_proposal_state on match_proposal (state_iso3, status);
create index match_proposal_provider on match_proposal (provider_id, status);
create index match_proposal_need on match_proposal (assessment_id, need_id);
