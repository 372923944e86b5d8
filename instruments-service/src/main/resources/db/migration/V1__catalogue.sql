-- The catalogue of TA Hub: checklist areas and activities, Compendium instruments, and the audit trail.
-- Lists (keywords, areas, activities) are PostgreSQL arrays: they are read whole and filtered with = any(...).

-- array_to_string is only STABLE; a generated search column needs an IMMUTABLE expression (joining text is).
create function keywords_text(keywords text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string(keywords, ' '), '') $$;

create table area (
    code         varchar(8)   primary key,
    number       int          not null unique,
    title        text         not null,
    description  text,
    keywords     text[]       not null default '{}',
    status       varchar(16)  not null default 'ACTIVE',
    version      bigint       not null default 0,
    seed_hash    varchar(64),
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(200) not null
);

create table offence_group (
    code         varchar(16)  primary key,
    number       int          not null unique,
    title        text         not null,
    description  text,
    keywords     text[]       not null default '{}'
);

create table activity (
    code          varchar(16)  primary key,
    area_code     varchar(8)   not null references area (code),
    section       varchar(8),
    offence_group varchar(16)  references offence_group (code),
    ordinal       int          not null unique,
    title         text         not null,
    description   text,
    keywords      text[]       not null default '{}',
    details       text[]       not null default '{}',
    seed_note     text,
    status        varchar(16)  not null default 'ACTIVE',
    version       bigint       not null default 0,
    seed_hash     varchar(64),
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(200) not null,
    search        tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', keywords_text(keywords)), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored
);
create index activity_area on activity (area_code);
create index activity_search on activity using gin (search);

create table instrument (
    slug             varchar(120) primary key,
    compendium_ref   varchar(16)  unique,
    part             varchar(1)   not null,
    section          varchar(8),
    title            text         not null,
    short_name       text,
    seed_title       text,
    kind             varchar(40)  not null,
    scope            varchar(16)  not null,
    adopting_body    varchar(40),
    adopted_on       date,
    adopted_year     int          not null,
    adopted_at       text,
    depositary       text,
    entry_into_force date,
    citation         text,
    description      text,
    relations        jsonb        not null default '[]',
    areas            text[]       not null default '{}',
    offence_groups   text[]       not null default '{}',
    activities       text[]       not null default '{}',
    keywords         text[]       not null default '{}',
    seed_note        text,
    sources          text[]       not null default '{}',
    status           varchar(16)  not null default 'ACTIVE',
    version          bigint       not null default 0,
    seed_hash        varchar(64),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(200) not null,
    search           tsvector generated always as (
        setweight(to_tsvector('english', coalesce(short_name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', keywords_text(keywords)), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored
);
create index instrument_part on instrument (part, section);
create index instrument_search on instrument using gin (search);

-- Who changed what and when: one row per create, update or retire, by a curator or by the reference-data import.
create table catalogue_change (
    id           bigint generated always as identity primary key,
    entry_type   varchar(20)  not null,
    entry_id     varchar(120) not null,
    action       varchar(20)  not null,
    version      bigint       not null,
    changed_by   varchar(200) not null,
    changed_at   timestamptz  not null default now(),
    changes      jsonb        not null
);
create index catalogue_change_entry on catalogue_change (entry_type, entry_id);
