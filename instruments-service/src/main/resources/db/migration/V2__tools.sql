-- Part B of the Compendium: the categories of technical-assistance tools and the tools themselves.

create table tool_category (
    code          varchar(8)   primary key,
    ordinal       int          not null unique,
    title         text         not null,
    area_code     varchar(8)   references area (code),
    offence_group varchar(16)  references offence_group (code)
);

create table tool (
    slug           varchar(120) primary key,
    title          text         not null,
    short_name     text,
    kind           varchar(40)  not null,
    publisher      text         not null,
    publisher_body varchar(40),
    year           int          not null,
    place          text,
    languages      text[]       not null default '{}',
    categories     text[]       not null default '{}',
    areas          text[]       not null default '{}',
    activities     text[]       not null default '{}',
    instruments    text[]       not null default '{}',
    description    text,
    keywords       text[]       not null default '{}',
    seed_note      text,
    sources        text[]       not null default '{}',
    status         varchar(16)  not null default 'ACTIVE',
    version        bigint       not null default 0,
    seed_hash      varchar(64),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(200) not null,
    search         tsvector generated always as (
        setweight(to_tsvector('english', coalesce(short_name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', keywords_text(keywords)), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored
);
create index tool_search on tool using gin (search);
