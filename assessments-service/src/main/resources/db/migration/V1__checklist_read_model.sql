-- assessments-service: its local read model of the catalogue (built from tahub.catalogue.v1, never by calling the
-- instruments-service), then, in later migrations, the assessments themselves.

create table checklist_area (
    code         varchar(8)   primary key,
    number       int          not null,
    title        text         not null,
    status       varchar(16)  not null,
    version      bigint       not null,
    updated_at   timestamptz  not null default now()
);

create table checklist_activity (
    code          varchar(16)  primary key,
    area_code     varchar(8)   not null,
    section       varchar(8),
    offence_group varchar(16),
    ordinal       int          not null,
    title         text         not null,
    description   text,
    status        varchar(16)  not null,
    version       bigint       not null,
    updated_at    timestamptz  not null default now()
);
create index checklist_activity_area on checklist_activity (area_code, ordinal);

create table catalogue_instrument (
    slug             varchar(120) primary key,
    compendium_ref   varchar(16),
    part             varchar(1)   not null,
    section          varchar(8),
    title            text         not null,
    short_name       text,
    kind             varchar(40)  not null,
    scope            varchar(16)  not null,
    adopted_year     int          not null,
    status           varchar(16)  not null,
    version          bigint       not null,
    updated_at       timestamptz  not null default now()
);
