-- The states registry: the 193 UN Member States and the 2 observer States, from reference/states.json.

create table state (
    iso3                 varchar(3)   primary key,
    iso2                 varchar(2)   not null unique,
    m49                  varchar(3)   not null unique,
    name                 text         not null,
    official_name        text,
    un_status            varchar(16)  not null,
    region_code          varchar(3)   not null,
    region_name          text         not null,
    subregion_code       varchar(3),
    subregion_name       text,
    intermediate_code    varchar(3),
    intermediate_name    text,
    un_languages         text[]       not null default '{}',
    legal_tradition      varchar(20)  not null,
    legal_systems        text[]       not null default '{}',
    memberships          text[]       not null default '{}',
    fsrb                 varchar(16),
    notes                text,
    constraint state_un_status check (un_status in ('member', 'observer'))
);
create index state_region on state (region_code, subregion_code);

create table body (
    code                 varchar(16)  primary key,
    name                 text         not null,
    member_count         int,
    notes                text
);
