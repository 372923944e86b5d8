-- Engagements: assistance a provider accepted and a state agreed to, followed through delivery to its evaluation,
-- and its impact: the activity's status in the state's assessment before (baseline) and in the next one (after).

create table engagement (
    id                   uuid         primary key,
    match_id             uuid         not null unique references match_proposal (id),
    assessment_id        uuid         not null,
    need_id              varchar(32)  not null,
    state_iso3           varchar(3)   not null,
    provider_id          varchar(120) not null,
    offer_id             varchar(160) not null,
    activities           text[]       not null default '{}',
    areas                text[]       not null default '{}',
    status               varchar(16)  not null,
    baseline_period      int          not null,
    baseline_status      varchar(24),
    agreed_at            timestamptz  not null,
    started_at           timestamptz,
    completed_at         timestamptz,
    evaluated_at         timestamptz,
    outcome              text,
    evaluation_rating    int,
    evaluation_comment   text,
    after_assessment_id  uuid,
    after_period         int,
    after_status         varchar(24),
    impact               varchar(16),
    version              bigint       not null default 0,
    constraint engagement_status check (status in ('AGREED', 'IN_DELIVERY', 'COMPLETED', 'EVALUATED')),
    constraint engagement_impact check (impact in ('IMPROVED', 'UNCHANGED', 'WORSENED', 'NOT_REPORTED')),
    constraint engagement_rating check (evaluation_rating between 1 and 5)
);
create index engagement_state on engagement (state_iso3, status);
create index engagement_provider on engagement (provider_id, status);

-- IATI names the recipient country by its ISO 3166-1 alpha-2 code.
alter table state_profile add column iso2 varchar(2);
