-- Assistance providers and the offers they publish. A provider owns its offers; an offer is withdrawn, never deleted,
-- so that the proposals and engagements made from it keep their history.

create table provider (
    id             varchar(120) primary key,
    name           text         not null,
    short_name     text,
    kind           varchar(40)  not null,
    headquarters   varchar(3),
    website        text,
    description    text,
    demonstration  boolean      not null default false,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint provider_kind check (kind in ('UN_ENTITY', 'IFI', 'REGIONAL_ORGANISATION', 'INTERGOVERNMENTAL_ORGANISATION',
        'BILATERAL_DONOR', 'INSTITUTE', 'NGO'))
);

create table offer (
    id                    varchar(160) primary key,
    provider_id           varchar(120) not null references provider (id),
    title                 text         not null,
    description           text,
    areas                 text[]       not null default '{}',
    activities            text[]       not null default '{}',
    modality              varchar(40)  not null,
    languages             text[]       not null default '{}',
    eligible_states       text[]       not null default '{}',
    eligible_regions      text[]       not null default '{}',
    eligible_memberships  text[]       not null default '{}',
    legal_traditions      text[]       not null default '{}',
    capacity              int          not null,
    period_start          date         not null,
    period_end            date         not null,
    indicative_cost_usd   bigint,
    cost_note             text,
    status                varchar(16)  not null default 'ACTIVE',
    demonstration         boolean      not null default false,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint offer_status check (status in ('ACTIVE', 'WITHDRAWN')),
    constraint offer_capacity check (capacity between 1 and 10000),
    constraint offer_period check (period_start <= period_end)
);
create index offer_provider on offer (provider_id);
create index offer_activities on offer using gin (activities);
create index offer_areas on offer using gin (areas);
